package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.ACCOUNT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CREATED_AT;
import static dev.sessionvault.infrastructure.search.SearchFields.DAY;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.PROJECT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SEQ;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_NAME;
import static dev.sessionvault.infrastructure.search.SearchFields.TAGS;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.search.FacetCount;
import dev.sessionvault.domain.search.HitKind;
import dev.sessionvault.domain.search.IndexStatus;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.search.SearchCriteria;
import dev.sessionvault.domain.search.SearchHit;
import dev.sessionvault.domain.search.SearchResults;
import dev.sessionvault.domain.search.SearchSort;
import dev.sessionvault.domain.search.SessionHits;
import dev.sessionvault.domain.search.SessionResults;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.domain.todo.Todo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/**
 * The conversation index on Hibernate Search: one query over the message, todo and interaction
 * indexes, always filtered to one account, with highlights marked in each hit's own text ({@link
 * ContentHighlighter}).
 */
@ApplicationScoped
public class HibernateSearchIndex implements ConversationIndex {
  private static final int FRAGMENT_SIZE = 160;
  private static final int MAX_FRAGMENTS = 3;
  private static final int SNIPPET_LENGTH = 160;
  private static final int MAX_FACET_VALUES = 50;
  private static final int MAX_DAYS = 3660;

  /**
   * Past this many matches the top hits are ranked with block skipping (WAND) instead of scoring
   * every match, and the exact total comes from a separate count of the matching part alone.
   */
  private static final int SCORED_MATCHES_BEFORE_SKIPPING = 10_000;

  /** Sessions are ranked by their best hit among this many top hits, then by hit count. */
  private static final int SESSION_RANKING_WINDOW = 1000;

  private static final List<Class<?>> HIT_TYPES =
      List.of(Message.class, Todo.class, Interaction.class);

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Inject SearchIndexMaintenance maintenance;
  @Inject SessionCopyRefresher refresher;

  /** Made on first use: the analyzers exist once Hibernate Search has started. */
  private volatile ContentHighlighter highlighter;

  @Override
  public SearchResults search(
      UUID accountId,
      SearchCriteria criteria,
      SearchSort sort,
      PageRequest page,
      Set<Facet> facets) {
    SearchSession session = Search.session(em);
    SessionLookup sessions = new SessionLookup(em, accountId);
    Optional<Set<UUID>> sessionFilter = sessions.matching(criteria);
    if (sessionFilter.map(Set::isEmpty).orElse(false)) {
      return new SearchResults(List.of(), 0, emptyFacets(facets));
    }
    SearchScope<?> scope = session.scope(targets(criteria));
    SearchPredicate where = hitPredicate(scope, sessions, criteria, sessionFilter, null);
    Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
    @SuppressWarnings({"rawtypes", "unchecked"})
    SearchQueryOptionsStep step = hitQuery(session, scope, where, sort);
    for (Facet facet : facets) {
      AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
      keys.put(facet, key);
      step = addAggregation(step, key, facetAggregation(scope, facet));
    }
    if (facets.isEmpty()) {
      // facets visit every match anyway; without them, skipping makes frequent words cheap
      step = step.totalHitCountThreshold(SCORED_MATCHES_BEFORE_SKIPPING);
    }
    @SuppressWarnings("unchecked")
    SearchResult<List<?>> result = step.fetch(page.firstResult(), page.size());
    long total =
        result.total().isHitCountExact()
            ? result.total().hitCount()
            : session
                .search(scope)
                .where(countPredicate(scope, sessions, criteria, sessionFilter))
                .fetchTotalHitCount();
    Map<Facet, List<FacetCount>> facetCounts = new EnumMap<>(Facet.class);
    keys.forEach(
        (facet, key) ->
            facetCounts.put(
                facet,
                facet == Facet.STATUS
                    ? sessions.statusCounts(result.aggregation(key))
                    : counts(result.aggregation(key))));
    List<List<?>> rows = result.hits();
    Map<UUID, SessionStatus> statuses =
        sessions.statuses(rows.stream().map(row -> (UUID) row.get(2)).distinct().toList());
    return new SearchResults(
        hits(rows, statuses, highlighter().marks(criteria.query())), total, facetCounts);
  }

  @Override
  public SessionResults searchBySession(
      UUID accountId,
      SearchCriteria criteria,
      SearchSort sort,
      PageRequest page,
      int hitsPerSession) {
    SearchSession session = Search.session(em);
    SessionLookup sessions = new SessionLookup(em, accountId);
    Optional<Set<UUID>> sessionFilter = sessions.matching(criteria);
    if (sessionFilter.map(Set::isEmpty).orElse(false)) {
      return new SessionResults(List.of(), 0, 0);
    }
    SearchScope<?> scope = session.scope(targets(criteria));
    SearchPredicate where = hitPredicate(scope, sessions, criteria, sessionFilter, null);
    AggregationKey<Map<String, Long>> perSession = AggregationKey.of("sessions");
    SearchResult<String> ranking =
        session
            .search(scope)
            .select(
                scope.projection().field(SESSION_ID, String.class, ValueModel.INDEX).toProjection())
            .where(where)
            .sort(sort(scope, sort))
            .aggregation(
                perSession,
                scope
                    .aggregation()
                    .terms()
                    .field(SESSION_ID, String.class, ValueModel.INDEX)
                    .maxTermCount(Integer.MAX_VALUE)
                    .toAggregation())
            .fetch(SESSION_RANKING_WINDOW);
    Map<String, Long> counts = ranking.aggregation(perSession);
    // best hit first, then the sessions whose hits all rank below the window, by hit count
    LinkedHashSet<String> order = new LinkedHashSet<>(ranking.hits());
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(entry -> order.add(entry.getKey()));
    List<String> ids = new ArrayList<>(order);
    List<SessionHits> found = new ArrayList<>();
    int start = (int) Math.min(ids.size(), page.offset());
    int end = (int) Math.min(ids.size(), page.offset() + page.size());
    // the page's statuses in one query, not one per session
    Map<UUID, SessionStatus> statuses =
        sessions.statuses(ids.subList(start, end).stream().map(UUID::fromString).toList());
    ContentHighlighter.Marks marks = highlighter().marks(criteria.query());
    for (int i = start; i < end; i++) {
      UUID sessionId = UUID.fromString(ids.get(i));
      SearchPredicate inSession = hitPredicate(scope, sessions, criteria, sessionFilter, sessionId);
      SearchResult<List<?>> top =
          castFetch(hitQuery(session, scope, inSession, sort), hitsPerSession);
      List<SearchHit> hits = hits(top.hits(), statuses, marks);
      if (hits.isEmpty()) {
        continue; // deleted since the ranking query
      }
      SearchHit best = hits.get(0);
      found.add(
          new SessionHits(
              sessionId,
              best.sessionName(),
              best.agent(),
              best.model(),
              best.projectId(),
              best.status(),
              hits.stream().map(SearchHit::score).reduce(Float::max).orElse(0f),
              counts.getOrDefault(ids.get(i), top.total().hitCount()),
              hits));
    }
    return new SessionResults(
        found, counts.size(), counts.values().stream().mapToLong(Long::longValue).sum());
  }

  @Override
  public void refreshSessionsAfterCommit(Collection<UUID> sessionIds) {
    refresher.request(sessionIds);
  }

  @Override
  public void removeSession(UUID sessionId) {
    SearchIndexingPlan plan = Search.session(em).indexingPlan();
    for (Class<?> type : HIT_TYPES) {
      em.createQuery(
              "select e.id from " + type.getSimpleName() + " e where e.session.id = :session",
              UUID.class)
          .setParameter("session", sessionId)
          .getResultList()
          .forEach(id -> plan.purge(type, id, null));
    }
  }

  @Override
  public RebuildProgress rebuildProgress() {
    return maintenance.progress();
  }

  @Override
  public RebuildProgress startRebuild(String reason) {
    return maintenance.startRebuild(reason);
  }

  @Override
  public IndexStatus status(boolean counts) {
    return new IndexStatus(
        maintenance.pendingEvents(),
        refresher.pending(),
        maintenance.oldestPendingEvent().orElse(null),
        counts ? maintenance.documents() : null,
        counts ? maintenance.rows() : null,
        maintenance.progress());
  }

  @Override
  public void rebuildIfOutOfDate() {
    maintenance.rebuildIfOutOfDate();
    refresher.resumeAfterStart();
  }

  /** Message-only criteria (role) search messages only; everything else searches all kinds. */
  private static List<Class<?>> targets(SearchCriteria criteria) {
    return criteria.role() != null ? List.of(Message.class) : HIT_TYPES;
  }

  @SuppressWarnings("rawtypes")
  private static SearchQueryOptionsStep hitQuery(
      SearchSession session, SearchScope<?> scope, SearchPredicate where, SearchSort sort) {
    return session.search(scope).select(hitProjection(scope)).where(where).sort(sort(scope, sort));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static SearchQueryOptionsStep addAggregation(
      SearchQueryOptionsStep step,
      AggregationKey<Map<String, Long>> key,
      SearchAggregation<Map<String, Long>> aggregation) {
    return step.aggregation(key, aggregation);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static SearchResult<List<?>> castFetch(SearchQueryOptionsStep step, int limit) {
    return step.fetch(limit);
  }

  private static SearchProjection<List<?>> hitProjection(SearchScope<?> scope) {
    SearchProjectionFactory<?, ?> f = scope.projection();
    return f.composite()
        .from(
            f.entityReference().toProjection(),
            f.score().toProjection(),
            f.field(SESSION_ID, UUID.class).toProjection(),
            f.field(SESSION_NAME, String.class).toProjection(),
            f.field(AGENT, String.class).toProjection(),
            f.field(MODEL, String.class).toProjection(),
            f.field(PROJECT_ID, UUID.class).toProjection(),
            f.field(SEQ, Long.class).toProjection(),
            f.field(ROLE, MessageRole.class).toProjection(),
            f.field(TIMESTAMP, Instant.class).toProjection(),
            f.field(CONTENT, String.class).toProjection())
        .asList()
        .toProjection();
  }

  /** The hits of these rows, each with its session's current status. */
  private List<SearchHit> hits(
      List<List<?>> rows, Map<UUID, SessionStatus> statuses, ContentHighlighter.Marks marks) {
    return rows.stream().map(row -> hit(row, marks, statuses.get((UUID) row.get(2)))).toList();
  }

  private SearchHit hit(List<?> row, ContentHighlighter.Marks marks, SessionStatus status) {
    var reference = (org.hibernate.search.engine.common.EntityReference) row.get(0);
    MessageRole role = (MessageRole) row.get(8);
    String content = (String) row.get(10);
    List<String> highlights =
        fragments(content, highlighter().fragments(content, marks, FRAGMENT_SIZE, MAX_FRAGMENTS));
    return new SearchHit(
        kind(reference.type()),
        (UUID) reference.id(),
        (UUID) row.get(2),
        (String) row.get(3),
        (String) row.get(4),
        (String) row.get(5),
        (UUID) row.get(6),
        status == null ? null : WireNames.of(status),
        (Long) row.get(7),
        role == null ? null : WireNames.of(role),
        (Instant) row.get(9),
        (Float) row.get(1),
        highlights);
  }

  private static HitKind kind(Class<?> type) {
    if (type == Todo.class) {
      return HitKind.TODO;
    }
    return type == Interaction.class ? HitKind.INTERACTION : HitKind.MESSAGE;
  }

  /** The highlighted fragments; the start of the text when the match was elsewhere (the name). */
  static List<String> fragments(String content, List<String> highlighted) {
    if (highlighted.isEmpty()) {
      return content == null || content.isEmpty() ? List.of() : List.of(snippet(content));
    }
    return highlighted.size() > MAX_FRAGMENTS ? highlighted.subList(0, MAX_FRAGMENTS) : highlighted;
  }

  /** The start of the text, HTML-escaped like the highlighted fragments. */
  static String snippet(String content) {
    String text = content.strip().replaceAll("\\s+", " ");
    if (text.length() > SNIPPET_LENGTH) {
      int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
      text = text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }
    return SimpleHTMLEncoder.htmlEncode(text);
  }

  private static org.hibernate.search.engine.search.sort.SearchSort sort(
      SearchScope<?> scope, SearchSort sort) {
    SearchSortFactory f = scope.sort();
    return switch (sort) {
      case NEWEST -> f.field(TIMESTAMP).desc().missing().last().then().score().toSort();
      case OLDEST -> f.field(TIMESTAMP).asc().missing().last().then().score().toSort();
      // score alone: a tie-breaker would make Lucene compare every hit by field too
      case RELEVANCE -> f.score().toSort();
    };
  }

  private SearchPredicate hitPredicate(
      SearchScope<?> scope,
      SessionLookup sessions,
      SearchCriteria criteria,
      Optional<Set<UUID>> sessionFilter,
      UUID onlySession) {
    SearchPredicateFactory f = scope.predicate();
    return predicate(
        f,
        QueryTranslator.forHits(f, textQueryAnalyzer(), sessions::withStatus),
        sessions.accountId(),
        criteria,
        sessionFilter,
        onlySession);
  }

  /** The analyzer query words go through (the backend's instance, defined by the configurer). */
  private Analyzer textQueryAnalyzer() {
    return analyzer(SearchAnalyzers.TEXT_QUERY);
  }

  private Analyzer analyzer(String name) {
    return Search.mapping(em.getEntityManagerFactory())
        .backend()
        .unwrap(LuceneBackend.class)
        .analyzer(name)
        .orElseThrow(() -> new IllegalStateException("no analyzer " + name));
  }

  private ContentHighlighter highlighter() {
    ContentHighlighter current = highlighter;
    if (current == null) {
      current = new ContentHighlighter(analyzer(SearchAnalyzers.TEXT), textQueryAnalyzer());
      highlighter = current;
    }
    return current;
  }

  /** Matches exactly what {@link #hitPredicate} matches, with nothing to score. */
  private SearchPredicate countPredicate(
      SearchScope<?> scope,
      SessionLookup sessions,
      SearchCriteria criteria,
      Optional<Set<UUID>> sessionFilter) {
    SearchPredicateFactory f = scope.predicate();
    return predicate(
        f,
        QueryTranslator.forCount(f, textQueryAnalyzer(), sessions::withStatus),
        sessions.accountId(),
        criteria,
        sessionFilter,
        null);
  }

  /**
   * The query and the filters; tenancy first, as a filter that no query can widen. Status and cost
   * come as the sessions that have them ({@link SessionLookup}).
   */
  private static SearchPredicate predicate(
      SearchPredicateFactory f,
      QueryTranslator translator,
      UUID accountId,
      SearchCriteria criteria,
      Optional<Set<UUID>> sessionFilter,
      UUID onlySession) {
    return f.bool()
        .with(
            b -> {
              b.must(translator.translate(criteria.query()));
              b.filter(f.match().field(ACCOUNT_ID).matching(accountId));
              if (onlySession != null) {
                b.filter(f.match().field(SESSION_ID).matching(onlySession));
              }
              if (criteria.agent() != null) {
                b.filter(f.match().field(AGENT).matching(criteria.agent()));
              }
              if (criteria.model() != null) {
                String model = criteria.model().toLowerCase(Locale.ROOT);
                b.filter(
                    model.contains("*")
                        ? f.wildcard().field(MODEL).matching(model.replace("?", "\\?"))
                        : f.match().field(MODEL).matching(model, ValueModel.INDEX));
              }
              if (criteria.projectId() != null) {
                b.filter(f.match().field(PROJECT_ID).matching(criteria.projectId()));
              }
              for (String tag : criteria.tags()) {
                b.filter(f.match().field(TAGS).matching(tag));
              }
              if (criteria.role() != null) {
                b.filter(f.match().field(ROLE).matching(criteria.role()));
              }
              if (criteria.from() != null || criteria.to() != null) {
                b.filter(
                    f.range()
                        .field(TIMESTAMP)
                        .between(
                            criteria.from(), RangeBoundInclusion.INCLUDED,
                            criteria.to(), RangeBoundInclusion.EXCLUDED));
              }
              if (criteria.createdFrom() != null || criteria.createdTo() != null) {
                b.filter(
                    f.range()
                        .field(CREATED_AT)
                        .between(
                            criteria.createdFrom(), RangeBoundInclusion.INCLUDED,
                            criteria.createdTo(), RangeBoundInclusion.EXCLUDED));
              }
              sessionFilter.ifPresent(
                  ids -> b.filter(f.terms().field(SESSION_ID).matchingAny(ids)));
            })
        .toPredicate();
  }

  private static SearchAggregation<Map<String, Long>> facetAggregation(
      SearchScope<?> scope, Facet facet) {
    var terms = scope.aggregation().terms();
    return switch (facet) {
      case DAY ->
          terms
              .field(DAY, String.class, ValueModel.INDEX)
              .orderByTermAscending()
              .maxTermCount(MAX_DAYS)
              .toAggregation();
      case STATUS ->
          terms
              .field(SESSION_ID, String.class, ValueModel.INDEX)
              .maxTermCount(Integer.MAX_VALUE)
              .toAggregation();
      default ->
          terms
              .field(facetField(facet), String.class, ValueModel.INDEX)
              .orderByCountDescending()
              .maxTermCount(MAX_FACET_VALUES)
              .toAggregation();
    };
  }

  private static String facetField(Facet facet) {
    return switch (facet) {
      case AGENT -> AGENT;
      case MODEL -> MODEL;
      case STATUS -> SESSION_ID; // hits per session, summed per status by SessionLookup
      case ROLE -> ROLE;
      case TAG -> TAGS;
      case PROJECT -> PROJECT_ID;
      case DAY -> DAY;
    };
  }

  private static List<FacetCount> counts(Map<String, Long> buckets) {
    List<FacetCount> counts = new ArrayList<>(buckets.size());
    buckets.forEach((value, count) -> counts.add(new FacetCount(value, count)));
    return counts;
  }

  private static Map<Facet, List<FacetCount>> emptyFacets(Set<Facet> facets) {
    Map<Facet, List<FacetCount>> empty = new LinkedHashMap<>();
    facets.forEach(facet -> empty.put(facet, List.of()));
    return empty;
  }
}
