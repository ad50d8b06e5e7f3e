package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;

import dev.sessionvault.application.search.SearchIndex;
import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.view.search.SearchHitView;
import dev.sessionvault.application.view.search.SessionMatchView;
import dev.sessionvault.application.view.search.SessionSearchResultView;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.infrastructure.search.HitQueries.RankedHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * Sessions ranked by their best hits, in at most three index queries whatever the page size: the
 * first ranks the sessions and counts their hits; the second, only when the first did not reach the
 * best hits of every session on the page, finds them among those sessions' hits (past 10,000 of
 * them, a session that still lacks its best hits gets a query of its own: rare, and exact); the
 * third projects the chosen hits. Filters do not score, so a hit ranks the same in all three and
 * each session gets the hits a query of its own would have ranked first.
 */
final class SessionGrouping {
  /** Sessions are ranked by their best hit among this many top hits, then by hit count. */
  private static final int SESSION_RANKING_WINDOW = 1000;

  /**
   * The most hits the second query ranks; a session left short by it (another session's hits filled
   * it) gets a query of its own.
   */
  private static final int MAX_DEEPER_HITS = 10_000;

  private final HitQueries queries;
  private final SearchPredicates predicates;
  private final SessionLookup sessions;

  SessionGrouping(HitQueries queries, SearchPredicates predicates, SessionLookup sessions) {
    this.queries = queries;
    this.predicates = predicates;
    this.sessions = sessions;
  }

  SessionSearchResultView search(SearchRequest request) {
    AggregationKey<Map<String, Long>> perSession = AggregationKey.of("sessions");
    SearchResult<RankedHit> ranking =
        queries
            .ranked(predicates.hits())
            .aggregation(
                perSession,
                queries
                    .scope()
                    .aggregation()
                    .terms()
                    .field(SESSION_ID, String.class, ValueModel.INDEX)
                    .maxTermCount(Integer.MAX_VALUE)
                    .toAggregation())
            .fetch(SESSION_RANKING_WINDOW);
    Map<String, Long> counts = ranking.aggregation(perSession);
    List<String> order = ranked(ranking.hits(), counts);
    PageRequest page = request.pageRequest();
    int start = (int) Math.min(order.size(), page.offset());
    int end = (int) Math.min(order.size(), page.offset() + page.size());
    Map<String, List<UUID>> best = bestHits(order.subList(start, end), ranking.hits(), counts);
    List<SessionMatchView> found = new ArrayList<>();
    grouped(best)
        .forEach(
            (sessionId, hits) -> {
              if (!hits.isEmpty()) { // a session deleted since the ranking has none
                found.add(match(hits, counts.get(sessionId)));
              }
            });
    long totalSessions = counts.size();
    return new SessionSearchResultView(
        found,
        request.page(),
        request.size(),
        totalSessions,
        request.pageCount(totalSessions),
        counts.values().stream().mapToLong(Long::longValue).sum());
  }

  /** Best hit first, then the sessions whose hits all rank below the window, by hit count. */
  private static List<String> ranked(List<RankedHit> window, Map<String, Long> counts) {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    window.forEach(hit -> order.add(hit.sessionId()));
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(entry -> order.add(entry.getKey()));
    return new ArrayList<>(order);
  }

  /**
   * The ids of each page session's best hits, in rank order: from the ranking window when it holds
   * them, else from one query over the sessions it left short.
   */
  private Map<String, List<UUID>> bestHits(
      List<String> page, List<RankedHit> window, Map<String, Long> counts) {
    Map<String, List<UUID>> best = new LinkedHashMap<>();
    page.forEach(sessionId -> best.put(sessionId, new ArrayList<>()));
    collect(window, best, counts);
    List<String> unreached = new ArrayList<>();
    long deeper = 0;
    for (String sessionId : page) {
      if (best.get(sessionId).size() < wanted(sessionId, counts)) {
        unreached.add(sessionId);
        best.get(sessionId).clear();
        deeper += counts.get(sessionId);
      }
    }
    if (!unreached.isEmpty()) {
      List<RankedHit> hits =
          queries
              .ranked(predicates.hitsOfSessions(unreached.stream().map(UUID::fromString).toList()))
              .fetchHits((int) Math.min(deeper, MAX_DEEPER_HITS));
      collect(hits, best, counts);
      // Rare: one session's hits filled the deeper window; the others' top hits come one by one
      for (String sessionId : unreached) {
        if (best.get(sessionId).size() < wanted(sessionId, counts)) {
          best.get(sessionId).clear();
          collect(
              queries
                  .ranked(predicates.hitsOfSessions(List.of(UUID.fromString(sessionId))))
                  .fetchHits(SearchIndex.HITS_PER_SESSION),
              best,
              counts);
        }
      }
    }
    return best;
  }

  private static void collect(
      List<RankedHit> hits, Map<String, List<UUID>> best, Map<String, Long> counts) {
    for (RankedHit hit : hits) {
      List<UUID> ids = best.get(hit.sessionId());
      if (ids != null && ids.size() < wanted(hit.sessionId(), counts)) {
        ids.add(hit.id());
      }
    }
  }

  private static long wanted(String sessionId, Map<String, Long> counts) {
    return Math.min(SearchIndex.HITS_PER_SESSION, counts.getOrDefault(sessionId, 0L));
  }

  /** The chosen hits in one query, each session's in rank order, with their sessions' status. */
  private Map<String, List<SearchHitView>> grouped(Map<String, List<UUID>> best) {
    Map<String, List<SearchHitView>> grouped = new LinkedHashMap<>();
    best.keySet().forEach(sessionId -> grouped.put(sessionId, new ArrayList<>()));
    List<UUID> ids = best.values().stream().flatMap(List::stream).toList();
    if (ids.isEmpty()) {
      return grouped;
    }
    List<SearchHitView> hits =
        sessions.withStatuses(queries.hits(predicates.hitsWithIds(ids)).fetchHits(ids.size()));
    hits.forEach(hit -> grouped.get(hit.sessionId().toString()).add(hit));
    return grouped;
  }

  private static SessionMatchView match(List<SearchHitView> hits, long matchCount) {
    SearchHitView best = hits.get(0);
    return new SessionMatchView(
        best.sessionId(),
        best.sessionName(),
        best.agent(),
        best.model(),
        best.projectId(),
        best.status(),
        hits.stream().map(SearchHitView::score).reduce(Float::max).orElse(0f),
        matchCount,
        hits);
  }
}
