package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.todo.Todo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(Session session) {
    em.persist(session);
  }

  @Override
  public Optional<Session> find(UUID accountId, UUID id) {
    return byId(accountId, id, LockModeType.NONE);
  }

  @Override
  public Optional<Session> findForUpdate(UUID accountId, UUID id) {
    return byId(accountId, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Session> byId(UUID accountId, UUID id, LockModeType lock) {
    return AccountScoped.find(em, Session.class, accountId, id, lock);
  }

  @Override
  public boolean idTaken(UUID id) {
    return em.createQuery("select count(s) from Session s where s.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<UUID> findIdByExternalId(UUID accountId, String externalId) {
    return em.createQuery(
            "select s.id from Session s where s.accountId = :account and s.origin.externalId = :externalId",
            UUID.class)
        .setParameter("account", accountId)
        .setParameter("externalId", externalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Session> findUnlinked(UUID accountId, String externalIdPrefix) {
    return em.createQuery(
            "select s from Session s where s.accountId = :account and s.parentId is null"
                + " and s.origin.externalId like :prefix escape '!'",
            Session.class)
        .setParameter("account", accountId)
        .setParameter(
            "prefix",
            externalIdPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
        .getResultList();
  }

  @Override
  public Page<Session> list(
      UUID accountId, SessionCriteria criteria, SessionSort sort, PageRequest page) {
    return CriteriaPages.page(
        em,
        Session.class,
        (cb, session) -> filters(cb, session, accountId, criteria),
        (cb, session) -> {
          Expression<?> key = sortKey(session, sort.field());
          return List.of(
              sort.ascending() ? cb.asc(key, Nulls.LAST) : cb.desc(key, Nulls.LAST),
              sort.ascending() ? cb.asc(session.get("id")) : cb.desc(session.get("id")));
        },
        page);
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<Session> session, UUID accountId, SessionCriteria criteria) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(session.get("accountId"), accountId));
    if (criteria.status() != null) {
      where.add(cb.equal(session.get("status"), criteria.status()));
    }
    if (criteria.agent() != null) {
      where.add(cb.equal(session.get("origin").get("agent"), criteria.agent()));
    }
    if (criteria.model() != null) {
      where.add(cb.equal(session.get("origin").get("model"), criteria.model()));
    }
    if (criteria.projectId() != null) {
      where.add(cb.equal(session.get("projectId"), criteria.projectId()));
    }
    if (criteria.parentId() != null) {
      where.add(cb.equal(session.get("parentId"), criteria.parentId()));
    }
    for (String tag : criteria.tags()) {
      where.add(cb.isMember(tag, session.<java.util.Set<String>>get("tags")));
    }
    range(cb, session.get("createdAt"), criteria.createdFrom(), criteria.createdTo(), where);
    range(cb, session.get("updatedAt"), criteria.updatedFrom(), criteria.updatedTo(), where);
    if (criteria.minCost() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              session.get("counters").<BigDecimal>get("totalCostUsd"), criteria.minCost()));
    }
    if (criteria.maxCost() != null) {
      where.add(
          cb.lessThanOrEqualTo(
              session.get("counters").<BigDecimal>get("totalCostUsd"), criteria.maxCost()));
    }
    return where.toArray(Predicate[]::new);
  }

  /** From is inclusive, to is exclusive, so consecutive ranges never count a session twice. */
  private static void range(
      CriteriaBuilder cb,
      jakarta.persistence.criteria.Path<Instant> path,
      Instant from,
      Instant to,
      List<Predicate> where) {
    if (from != null) {
      where.add(cb.greaterThanOrEqualTo(path, from));
    }
    if (to != null) {
      where.add(cb.lessThan(path, to));
    }
  }

  private static Expression<?> sortKey(Root<Session> session, SessionSort.Field field) {
    return switch (field) {
      case CREATED_AT -> session.get("createdAt");
      case UPDATED_AT -> session.get("updatedAt");
      case LAST_ACTIVITY_AT -> session.get("lastActivityAt");
      case TOTAL_COST_USD -> session.get("counters").get("totalCostUsd");
      case MESSAGE_COUNT -> session.get("counters").get("messageCount");
      case NAME -> session.get("name");
    };
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void forgetLoaded() {
    em.flush();
    em.clear();
  }

  @Override
  public void remove(Session session) {
    for (Class<?> child : List.of(Message.class, Todo.class, Interaction.class)) {
      em.createQuery("delete from " + child.getSimpleName() + " c where c.session = :session")
          .setParameter("session", session)
          .executeUpdate();
    }
    em.remove(session);
  }

  @Override
  public boolean anyInAccount(UUID accountId) {
    return !em.createQuery("select s.id from Session s where s.accountId = :account", UUID.class)
        .setParameter("account", accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<UUID> detachFromProject(UUID accountId, UUID projectId) {
    List<UUID> detached =
        em.createQuery(
                "select s.id from Session s where s.accountId = :account and s.projectId = :project",
                UUID.class)
            .setParameter("account", accountId)
            .setParameter("project", projectId)
            .getResultList();
    // A detached session changed: its version (ETag) moves on like for any other edit.
    em.createQuery(
            "update Session s set s.projectId = null, s.version = s.version + 1, s.updatedAt = :now"
                + " where s.accountId = :account and s.projectId = :project")
        .setParameter("now", Timestamps.now())
        .setParameter("account", accountId)
        .setParameter("project", projectId)
        .executeUpdate();
    return detached;
  }
}
