package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.retention.TrashEntry;
import dev.sessionvault.domain.retention.TrashRepository;
import dev.sessionvault.domain.retention.TrashedSession;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTrashRepository implements TrashRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(TrashedSession session) {
    em.persist(session);
  }

  @Override
  public Optional<TrashedSession> findForUpdate(UUID accountId, UUID id) {
    return AccountScoped.find(
        em, TrashedSession.class, accountId, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Page<TrashEntry> list(UUID accountId, PageRequest page) {
    long total =
        em.createQuery(
                "select count(t) from TrashedSession t where t.accountId = :account", Long.class)
            .setParameter("account", accountId)
            .getSingleResult();
    if (page.startsAfter(total)) {
      return new Page<>(List.of(), page, total);
    }
    // a projection: the entity would bring every document along
    return new Page<>(
        em.createQuery(
                "select new dev.sessionvault.domain.retention.TrashEntry(t.id, t.sessionId,"
                    + " t.externalId, t.name, t.projectId, t.status, t.lastActivityAt,"
                    + " t.messageCount, t.contentBytes, t.reason, t.trashedAt, t.purgeAfter,"
                    + " t.storedBytes) from TrashedSession t where t.accountId = :account"
                    + " order by t.trashedAt desc, t.id desc",
                TrashEntry.class)
            .setParameter("account", accountId)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList(),
        page,
        total);
  }

  @Override
  public List<UUID> expired(UUID accountId, Instant now, int limit) {
    return em.createQuery(
            "select t.id from TrashedSession t where t.accountId = :account"
                + " and t.purgeAfter <= :now order by t.purgeAfter, t.id",
            UUID.class)
        .setParameter("account", accountId)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean delete(UUID accountId, UUID id) {
    return em.createQuery(
                "delete from TrashedSession t where t.id = :id and t.accountId = :account")
            .setParameter("id", id)
            .setParameter("account", accountId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void remove(TrashedSession session) {
    em.remove(session);
  }
}
