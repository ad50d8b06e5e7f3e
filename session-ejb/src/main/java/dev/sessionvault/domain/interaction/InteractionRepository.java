package dev.sessionvault.domain.interaction;

import dev.sessionvault.domain.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Interactions of one session. */
public interface InteractionRepository {
  void add(Interaction interaction);

  /** Stores a batch of one session's new interactions and lets go of them (as messages do). */
  void addAndRelease(List<Interaction> batch);

  /** Those of {@code ids} that an interaction already has, in any account (ids are unique). */
  Set<UUID> takenIds(Collection<UUID> ids);

  /** Up to {@code limit} interactions with a seq above {@code afterSeq}, in order. */
  List<Interaction> listAfter(Session session, long afterSeq, int limit);
}
