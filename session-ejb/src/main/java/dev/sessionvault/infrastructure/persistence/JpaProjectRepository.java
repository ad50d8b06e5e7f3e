package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(Project project) {
    em.persist(project);
  }

  @Override
  public Optional<Project> find(UUID accountId, UUID id) {
    return byId(accountId, id, LockModeType.NONE);
  }

  @Override
  public Optional<Project> findForUpdate(UUID accountId, UUID id) {
    return byId(accountId, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Project> byId(UUID accountId, UUID id, LockModeType lock) {
    return AccountScoped.find(em, Project.class, accountId, id, lock);
  }

  @Override
  public Optional<Project> findByKey(UUID accountId, String key) {
    return em.createQuery(
            "select p from Project p where p.accountId = :account and p.key = :key", Project.class)
        .setParameter("account", accountId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Project> list(UUID accountId, PageRequest page) {
    long total =
        em.createQuery("select count(p) from Project p where p.accountId = :account", Long.class)
            .setParameter("account", accountId)
            .getSingleResult();
    if (page.startsAfter(total)) {
      return new Page<>(List.of(), page, total);
    }
    return new Page<>(
        em.createQuery(
                "select p from Project p where p.accountId = :account order by p.key, p.id",
                Project.class)
            .setParameter("account", accountId)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList(),
        page,
        total);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void remove(Project project) {
    em.remove(project);
  }
}
