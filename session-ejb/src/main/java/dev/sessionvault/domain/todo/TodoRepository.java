package dev.sessionvault.domain.todo;

import dev.sessionvault.domain.session.Session;
import java.util.List;

/** The todo list of one session. */
public interface TodoRepository {
  List<Todo> list(Session session);

  /** Removes the session's current list and stores {@code todos} in its place. */
  void replace(Session session, List<Todo> todos);
}
