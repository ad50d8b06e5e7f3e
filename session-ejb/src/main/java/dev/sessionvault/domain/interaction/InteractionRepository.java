package dev.sessionvault.domain.interaction;

import dev.sessionvault.domain.session.Session;
import java.util.List;

/** Interactions of one session. */
public interface InteractionRepository {
  void add(Interaction interaction);

  /** Up to {@code limit} interactions with a seq above {@code afterSeq}, in order. */
  List<Interaction> listAfter(Session session, long afterSeq, int limit);
}
