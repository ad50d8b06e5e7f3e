package dev.sessionvault.domain.message;

import dev.sessionvault.domain.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Messages of one session (the session itself was already found in the caller's account). */
public interface MessageRepository {
  void add(Message message);

  /**
   * Stores a batch of one session's new messages and lets go of them: they are written, and their
   * index events recorded, now; neither the persistence context nor the indexing plan keeps them
   * until the commit, so a session of any length is imported in bounded memory.
   */
  void addAndRelease(List<Message> batch);

  /** Those of {@code ids} that a message already has, in any account (ids are unique). */
  /**
   * Writes what changed in messages a batch looked up and lets them go, so that reading a long
   * session's messages again does not keep them all.
   */
  void release(Collection<Message> messages);

  Set<UUID> takenIds(Collection<UUID> ids);

  Optional<Message> findBySeq(Session session, long seq);

  /** The stored messages among {@code externalIds}, by external id. */
  Map<String, Message> findByExternalIds(Session session, Collection<String> externalIds);

  /** Up to {@code limit} messages with a seq above {@code afterSeq}, in order. */
  List<Message> listAfter(Session session, long afterSeq, int limit);

  /** The last {@code count} messages, in order. */
  List<Message> listLast(Session session, int count);
}
