package dev.sessionvault.domain.message;

import dev.sessionvault.domain.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Messages of one session (the session itself was already found in the caller's account). */
public interface MessageRepository {
  void add(Message message);

  Optional<Message> findBySeq(Session session, long seq);

  /** The stored messages among {@code externalIds}, by external id. */
  Map<String, Message> findByExternalIds(Session session, Collection<String> externalIds);

  /** Up to {@code limit} messages with a seq above {@code afterSeq}, in order. */
  List<Message> listAfter(Session session, long afterSeq, int limit);

  /** The last {@code count} messages, in order. */
  List<Message> listLast(Session session, int count);
}
