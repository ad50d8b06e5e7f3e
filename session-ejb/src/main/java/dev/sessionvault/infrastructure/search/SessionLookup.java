package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.search.FacetCount;
import dev.sessionvault.domain.search.SearchCriteria;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
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
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What a search asks of its hits' sessions that the hits do not carry. A session's status and total
 * cost change too often (every pause and resume, every message) to be copied into each of its
 * messages: each change would re-index all of them, which under load was most of the indexing work
 * and put the index seconds behind (BENCHMARKS.md, "Load"). They are read from the session index,
 * one document per session, and the hits are filtered by session id. One lookup serves one search
 * of one account.
 */
final class SessionLookup {
  private final SearchSession search;
  private final UUID accountId;
  private final Map<Set<SessionStatus>, Set<UUID>> withStatus = new HashMap<>();

  SessionLookup(SearchSession search, UUID accountId) {
    this.search = search;
    this.accountId = accountId;
  }

  UUID accountId() {
    return accountId;
  }

  /** The account's sessions with the criteria's status and cost; empty when they ask neither. */
  Optional<Set<UUID>> matching(SearchCriteria criteria) {
    if (criteria.status() == null && criteria.minCost() == null && criteria.maxCost() == null) {
      return Optional.empty();
    }
    return Optional.of(
        sessionsWhere(
            f ->
                f.bool()
                    .with(
                        all -> {
                          if (criteria.status() != null) {
                            all.filter(status(f, Set.of(criteria.status())));
                          }
                          if (criteria.minCost() != null) {
                            all.filter(f.range().field("totalCostUsd").atLeast(criteria.minCost()));
                          }
                          if (criteria.maxCost() != null) {
                            all.filter(f.range().field("totalCostUsd").atMost(criteria.maxCost()));
                          }
                        })));
  }

  /** The account's sessions whose status is one of these ({@code status:} in a query). */
  Set<UUID> withStatus(Set<SessionStatus> statuses) {
    if (statuses.isEmpty()) {
      return Set.of();
    }
    return withStatus.computeIfAbsent(
        EnumSet.copyOf(statuses), wanted -> sessionsWhere(f -> status(f, wanted)));
  }

  private Set<UUID> sessionsWhere(Function<SearchPredicateFactory, PredicateFinalStep> constraint) {
    return Set.copyOf(
        search
            .search(Session.class)
            .select(f -> f.field("id", UUID.class))
            .where(
                f ->
                    f.bool()
                        .filter(f.match().field("accountId").matching(accountId))
                        .filter(constraint.apply(f)))
            .fetchAllHits());
  }

  /** Match, not terms: only match applies the field's lowercase normalizer. */
  private static PredicateFinalStep status(SearchPredicateFactory f, Set<SessionStatus> statuses) {
    return f.bool()
        .with(any -> statuses.forEach(s -> any.should(f.match().field("status").matching(s))));
  }

  /** The status of each of these sessions (of this account) that the index knows. */
  Map<UUID, SessionStatus> statuses(Collection<UUID> sessionIds) {
    Map<UUID, SessionStatus> statuses = new HashMap<>();
    if (sessionIds.isEmpty()) {
      return statuses;
    }
    search
        .search(Session.class)
        .select(
            f ->
                f.composite()
                    .from(f.field("id", UUID.class), f.field("status", SessionStatus.class))
                    .asList())
        .where(
            (f, root) -> {
              root.add(f.match().field("accountId").matching(accountId));
              root.add(f.terms().field("id").matchingAny(sessionIds));
            })
        .fetchAllHits()
        .forEach(row -> statuses.put((UUID) row.get(0), (SessionStatus) row.get(1)));
    return statuses;
  }

  /** Hits per status from hits per session (session ids as text), most first. */
  List<FacetCount> statusCounts(Map<String, Long> hitsPerSession) {
    List<UUID> sessionIds = hitsPerSession.keySet().stream().map(UUID::fromString).toList();
    Map<UUID, SessionStatus> statuses = statuses(sessionIds);
    Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
    hitsPerSession.forEach(
        (sessionId, hits) -> {
          SessionStatus status = statuses.get(UUID.fromString(sessionId));
          if (status != null) {
            counts.merge(status, hits, Long::sum);
          }
        });
    List<FacetCount> facet = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<SessionStatus, Long>comparingByValue().reversed())
        .forEach(
            entry -> facet.add(new FacetCount(WireNames.of(entry.getKey()), entry.getValue())));
    return facet;
  }
}
