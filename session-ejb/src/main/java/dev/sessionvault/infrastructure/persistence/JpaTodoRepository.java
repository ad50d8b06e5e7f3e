package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaTodoRepository implements TodoRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public List<Todo> list(Session session) {
    return em.createQuery(
            "select t from Todo t where t.session = :session order by t.position", Todo.class)
        .setParameter("session", session)
        .getResultList();
  }

  @Override
  public void replace(Session session, List<Todo> todos) {
    // Entity removals (not a bulk delete), so that the search index drops the old items too; the
    // flush puts the deletes before the inserts that reuse their positions.
    list(session).forEach(em::remove);
    em.flush();
    todos.forEach(em::persist);
  }
}
