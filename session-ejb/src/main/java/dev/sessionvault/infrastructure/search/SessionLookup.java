package dev.sessionvault.infrastructure.search;

import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.view.search.FacetCountView;
import dev.sessionvault.application.view.search.SearchHitView;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a search asks of its hits' sessions that the hits do not carry. A session's status and total
 * cost change too often (every pause and resume, every message) to be copied into each of its
 * messages: each change would re-index all of them, which under load was most of the indexing work
 * and put the index seconds behind (BENCHMARKS.md, "Load"). They are read from the database, whose
 * indexes on (account, status) and (account, cost) answer them directly, and the hits are filtered
 * by session id. (The session index answers too, but reading a field of a session document there
 * costs a block decompression: for 20 hits a fifth of a search's time, by JFR.) One lookup serves
 * one search of one account.
 */
final class SessionLookup {
  /** More ids than this are not listed in a query (PostgreSQL takes at most 32,767 parameters). */
  private static final int MAX_LISTED_IDS = 1000;

  private final EntityManager em;
  private final UUID accountId;
  private final Map<Set<SessionStatus>, Set<UUID>> withStatus = new HashMap<>();

  SessionLookup(EntityManager em, UUID accountId) {
    this.em = em;
    this.accountId = accountId;
  }

  UUID accountId() {
    return accountId;
  }

  /** The account's sessions with the request's status and cost; empty when it asks neither. */
  Optional<Set<UUID>> matching(SearchRequest request) {
    SessionStatus status = request.statusFilter().orElse(null);
    if (status == null && request.minCost() == null && request.maxCost() == null) {
      return Optional.empty();
    }
    TypedQuery<UUID> query =
        em.createQuery(
            "select s.id from Session s where s.accountId = :account"
                + (status == null ? "" : " and s.status = :status")
                + (request.minCost() == null ? "" : " and s.counters.totalCostUsd >= :minCost")
                + (request.maxCost() == null ? "" : " and s.counters.totalCostUsd <= :maxCost"),
            UUID.class);
    query.setParameter("account", accountId);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (request.minCost() != null) {
      query.setParameter("minCost", request.minCost());
    }
    if (request.maxCost() != null) {
      query.setParameter("maxCost", request.maxCost());
    }
    return Optional.of(Set.copyOf(query.getResultList()));
  }

  /** The account's sessions whose status is one of these ({@code status:} in a query). */
  Set<UUID> withStatus(Set<SessionStatus> statuses) {
    if (statuses.isEmpty()) {
      return Set.of();
    }
    return withStatus.computeIfAbsent(
        EnumSet.copyOf(statuses),
        wanted ->
            Set.copyOf(
                em.createQuery(
                        "select s.id from Session s"
                            + " where s.accountId = :account and s.status in :statuses",
                        UUID.class)
                    .setParameter("account", accountId)
                    .setParameter("statuses", wanted)
                    .getResultList()));
  }

  /** These hits, each with its session's current status. */
  List<SearchHitView> withStatuses(List<SearchHitView> hits) {
    Map<UUID, SessionStatus> statuses =
        statuses(hits.stream().map(SearchHitView::sessionId).distinct().toList());
    return hits.stream()
        .map(
            hit -> {
              SessionStatus status = statuses.get(hit.sessionId());
              return hit.withStatus(status == null ? null : WireNames.of(status));
            })
        .toList();
  }

  /** The status of each of these sessions of the account. */
  Map<UUID, SessionStatus> statuses(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Map.of();
    }
    return sessionIds.size() <= MAX_LISTED_IDS ? listedStatuses(sessionIds) : allStatuses();
  }

  /**
   * By primary key, in SQL of a few fixed shapes (the ids padded to a power of two): a query whose
   * shape changes with the number of ids is planned again every time, which with the planning of
   * the account's index that H2 chose instead of the key made this lookup 14% of a search's time.
   */
  private Map<UUID, SessionStatus> listedStatuses(Collection<UUID> sessionIds) {
    List<UUID> ids = List.copyOf(Set.copyOf(sessionIds));
    int slots = Math.max(16, Integer.highestOneBit(ids.size() - 1) << 1);
    StringBuilder sql =
        new StringBuilder(
            "select cast(id as varchar(36)), cast(account_id as varchar(36)), status"
                + " from sessions where id in (");
    for (int slot = 1; slot <= slots; slot++) {
      sql.append(slot == 1 ? "?" : ", ?").append(slot);
    }
    Query query = em.createNativeQuery(sql.append(')').toString());
    for (int slot = 1; slot <= slots; slot++) {
      query.setParameter(slot, ids.get(Math.min(slot, ids.size()) - 1));
    }
    Map<UUID, SessionStatus> statuses = new HashMap<>();
    for (Object found : query.getResultList()) {
      Object[] row = (Object[]) found;
      if (accountId.toString().equals(row[1])) {
        WireNames.parse(SessionStatus.class, (String) row[2])
            .ifPresent(status -> statuses.put(UUID.fromString((String) row[0]), status));
      }
    }
    return statuses;
  }

  /** Every session of the account, for more sessions than a query should list. */
  private Map<UUID, SessionStatus> allStatuses() {
    Map<UUID, SessionStatus> statuses = new HashMap<>();
    em.createQuery(
            "select s.id, s.status from Session s where s.accountId = :account", Object[].class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(row -> statuses.put((UUID) row[0], (SessionStatus) row[1]));
    return statuses;
  }

  /** Hits per status from hits per session (session ids as text), most first. */
  List<FacetCountView> statusCounts(Map<String, Long> hitsPerSession) {
    Map<UUID, SessionStatus> statuses =
        statuses(hitsPerSession.keySet().stream().map(UUID::fromString).toList());
    Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
    hitsPerSession.forEach(
        (sessionId, hits) -> {
          SessionStatus status = statuses.get(UUID.fromString(sessionId));
          if (status != null) {
            counts.merge(status, hits, Long::sum);
          }
        });
    List<FacetCountView> facet = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<SessionStatus, Long>comparingByValue().reversed())
        .forEach(
            entry -> facet.add(new FacetCountView(WireNames.of(entry.getKey()), entry.getValue())));
    return facet;
  }
}
