package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.retention.IdleCandidate;
import dev.sessionvault.domain.retention.RetentionCandidate;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.retention.StorageUsage;
import dev.sessionvault.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {
  /** The shortest idle timeout a session can have. */
  private static final Duration SHORTEST_TIMEOUT = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public Optional<RetentionPolicy> find(UUID accountId) {
    return Optional.ofNullable(em.find(RetentionPolicy.class, accountId));
  }

  @Override
  public Optional<RetentionPolicy> findForUpdate(UUID accountId) {
    return Optional.ofNullable(
        em.find(RetentionPolicy.class, accountId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(RetentionPolicy policy) {
    em.persist(policy);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<RetentionCandidate> candidates(UUID accountId, Collection<String> exemptTags) {
    Set<UUID> exempt =
        exemptTags.isEmpty()
            ? Set.of()
            : new HashSet<>(
                em.createQuery(
                        "select distinct s.id from Session s join s.tags t"
                            + " where s.accountId = :account and t in :tags",
                        UUID.class)
                    .setParameter("account", accountId)
                    .setParameter("tags", exemptTags)
                    .getResultList());
    return em.createQuery(
            "select s.id, s.name, s.projectId, s.status, s.lastActivityAt, s.closedAt,"
                + " s.counters.messageCount, s.contentBytes + coalesce(t.compressedLength, 0)"
                + " from Session s left join Transcript t on t.sessionId = s.id"
                + " where s.accountId = :account",
            Object[].class)
        .setParameter("account", accountId)
        .getResultStream()
        .map(
            row ->
                new RetentionCandidate(
                    (UUID) row[0],
                    (String) row[1],
                    (UUID) row[2],
                    (SessionStatus) row[3],
                    (Instant) row[4],
                    (Instant) row[5],
                    (Long) row[6],
                    ((Number) row[7]).longValue(),
                    exempt.contains((UUID) row[0])))
        .toList();
  }

  @Override
  public StorageUsage usage(UUID accountId) {
    return usage(" where e.accountId = :account", accountId);
  }

  @Override
  public StorageUsage total() {
    return usage("", null);
  }

  private StorageUsage usage(String where, UUID accountId) {
    Object[] sessions =
        query(
                "select count(e), coalesce(sum(e.counters.messageCount), 0),"
                    + " coalesce(sum(e.contentBytes), 0) from Session e"
                    + where,
                accountId)
            .getSingleResult();
    Object transcripts =
        query("select coalesce(sum(e.compressedLength), 0) from Transcript e" + where, accountId)
            .getSingleResult()[0];
    Object[] trash =
        query(
                "select count(e), coalesce(sum(e.storedBytes), 0) from TrashedSession e" + where,
                accountId)
            .getSingleResult();
    return new StorageUsage(
        number(sessions[0]),
        number(sessions[1]),
        number(sessions[2]),
        number(transcripts),
        number(trash[0]),
        number(trash[1]));
  }

  private TypedQuery<Object[]> query(String jpql, UUID accountId) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    return accountId == null ? query : query.setParameter("account", accountId);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Override
  public boolean markQuotaWarned(UUID accountId, Instant now) {
    // one statement, so that of concurrent writers crossing the level only one raises the warning
    return em.createQuery(
                "update RetentionPolicy p set p.quotaWarnedAt = :now"
                    + " where p.accountId = :account and p.quotaWarnedAt is null")
            .setParameter("now", now)
            .setParameter("account", accountId)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean clearQuotaWarning(UUID accountId) {
    return em.createQuery(
                "update RetentionPolicy p set p.quotaWarnedAt = null"
                    + " where p.accountId = :account and p.quotaWarnedAt is not null")
            .setParameter("account", accountId)
            .executeUpdate()
        == 1;
  }

  @Override
  public Map<String, Long> storageByAccountName() {
    Map<String, Long> storage = new TreeMap<>();
    em.createQuery(
            "select a.name, coalesce(sum(s.contentBytes), 0) from Account a"
                + " left join Session s on s.accountId = a.id group by a.name",
            Object[].class)
        .getResultList()
        .forEach(row -> storage.put((String) row[0], number(row[1])));
    em.createQuery(
            "select a.name, sum(t.compressedLength) from Account a"
                + " join Transcript t on t.accountId = a.id group by a.name",
            Object[].class)
        .getResultList()
        .forEach(row -> storage.merge((String) row[0], number(row[1]), Long::sum));
    return storage;
  }

  @Override
  public List<UUID> accounts() {
    return em.createQuery(
            "select p.accountId from RetentionPolicy p order by p.accountId", UUID.class)
        .getResultList();
  }

  @Override
  public List<IdleCandidate> overdueForIdle(Instant now, int limit) {
    return em.createQuery(
            "select s.accountId, s.id, s.lastActivityAt,"
                + " coalesce(s.config.idleTimeoutMinutes, p.idleTimeoutMinutes)"
                + " from Session s left join RetentionPolicy p on p.accountId = s.accountId"
                + " where s.status = :active and s.lastActivityAt <= :earliest"
                + " and (s.config.idleTimeoutMinutes is not null"
                + " or p.idleTimeoutMinutes is not null)"
                + " order by s.lastActivityAt, s.id",
            Object[].class)
        .setParameter("active", SessionStatus.ACTIVE)
        .setParameter("earliest", now.minus(SHORTEST_TIMEOUT))
        .getResultStream()
        .map(
            row ->
                new IdleCandidate(
                    (UUID) row[0], (UUID) row[1], (Instant) row[2], ((Number) row[3]).intValue()))
        .filter(candidate -> candidate.overdue(now))
        .limit(limit)
        .toList();
  }
}
