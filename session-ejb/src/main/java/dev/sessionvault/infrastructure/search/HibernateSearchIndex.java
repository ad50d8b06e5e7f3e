package dev.sessionvault.infrastructure.search;

import dev.sessionvault.application.search.SearchIndex;
import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.view.search.SearchHitView;
import dev.sessionvault.application.view.search.SearchResultView;
import dev.sessionvault.application.view.search.SessionSearchResultView;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.IndexStatus;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.search.SessionCopy;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.infrastructure.persistence.BootstrapLock;
import dev.sessionvault.infrastructure.search.analysis.ElasticsearchAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * The conversation index on Hibernate Search: one query over the message, todo and interaction
 * indexes, always filtered to one account ({@link SearchPredicates}), hits projected into the API's
 * record with highlights marked in each hit's own text ({@link HitProjection}), facets ({@link
 * FacetCounts}) and sessions ranked by their best hits ({@link SessionGrouping}).
 */
@ApplicationScoped
public class HibernateSearchIndex implements ConversationIndex, SearchIndex {
  /**
   * Past this many matches the top hits are ranked with block skipping (WAND) instead of scoring
   * every match, and the exact total comes from a separate count of the matching part alone.
   */
  private static final int SCORED_MATCHES_BEFORE_SKIPPING = 10_000;

  private static final List<Class<?>> HIT_TYPES =
      List.of(Message.class, Todo.class, Interaction.class);

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Inject SearchIndexMaintenance maintenance;
  @Inject SessionCopyRefresher refresher;

  /** Made on first use: the analyzers exist once Hibernate Search has started. */
  private volatile Analyzers analyzers;

  private volatile ContentHighlighter highlighter;

  @Override
  public SearchResultView search(UUID accountId, SearchRequest request) {
    SessionLookup sessions = new SessionLookup(em, accountId);
    SearchPredicates predicates = predicates(request, sessions);
    HitQueries queries = queries(request, predicates);
    FacetCounts facets = new FacetCounts(request.facetSet());
    if (predicates.matchNothing()) {
      return new SearchResultView(List.of(), request.page(), request.size(), 0, 0, facets.none());
    }
    SearchQueryOptionsStep<?, ?, SearchHitView, ?, ?, ?> query =
        facets.addTo(queries.hits(predicates.hits()), queries.scope());
    if (facets.isEmpty()) {
      // facets visit every match anyway; without them, skipping makes frequent words cheap
      query = query.totalHitCountThreshold(SCORED_MATCHES_BEFORE_SKIPPING);
    }
    SearchResult<SearchHitView> result =
        query.fetch(request.pageRequest().firstResult(), request.size());
    long total =
        result.total().isHitCountExact()
            ? result.total().hitCount()
            : queries.count(predicates.count());
    return new SearchResultView(
        sessions.withStatuses(result.hits()),
        request.page(),
        request.size(),
        total,
        request.pageCount(total),
        facets.read(result, sessions));
  }

  @Override
  public SessionSearchResultView searchBySession(UUID accountId, SearchRequest request) {
    SessionLookup sessions = new SessionLookup(em, accountId);
    SearchPredicates predicates = predicates(request, sessions);
    if (predicates.matchNothing()) {
      return new SessionSearchResultView(List.of(), request.page(), request.size(), 0, 0, 0);
    }
    return new SessionGrouping(queries(request, predicates), predicates, sessions).search(request);
  }

  private SearchPredicates predicates(SearchRequest request, SessionLookup sessions) {
    SearchScope<?> scope = Search.session(em).scope(SearchPredicates.targets(request));
    return new SearchPredicates(
        scope, request, sessions, textQueryAnalyzer(), analyzers().nativeLuceneQueries());
  }

  private HitQueries queries(SearchRequest request, SearchPredicates predicates) {
    SearchSession session = Search.session(em);
    ContentHighlighter current = highlighter();
    return new HitQueries(
        session,
        predicates.scope(),
        request.sortOrder(),
        new HitProjection.Highlights(current, current.marks(predicates.query())));
  }

  @Override
  public SessionCopy copyOf(Session session) {
    return SessionCopies.of(session);
  }

  @Override
  public void editDone(Session session, SessionCopy before) {
    if (!before.equals(SessionCopies.of(session))) {
      refresher.request(List.of(session.id()));
    }
  }

  @Override
  public void changedInBulk(Collection<UUID> sessionIds) {
    refresher.request(sessionIds);
  }

  @Override
  public void indexAfterCommit(UUID sessionId) {
    // With the outbox a session's filter must exclude every type: what this transaction queued
    // before (a replaced session's purge) stays queued, and the refresher indexes all of this
    // session's hits (messages, todos, interactions) after the commit.
    Search.session(em).indexingPlanFilter(types -> types.exclude(Object.class));
    refresher.request(List.of(sessionId));
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
    long pendingEvents = maintenance.pendingEvents();
    long pendingRefreshes = refresher.pending();
    if (pendingEvents == 0 && pendingRefreshes == 0) {
      // Everything committed is in the index; a search cluster makes it searchable at its next
      // refresh (sessionvault.search.refresh.interval): refreshed now, "caught up" means
      // searchable, on either backend.
      maintenance.refresh();
    }
    return new IndexStatus(
        pendingEvents,
        pendingRefreshes,
        maintenance.oldestPendingEvent().orElse(null),
        counts ? maintenance.documents() : null,
        counts ? maintenance.rows() : null,
        maintenance.progress());
  }

  @Override
  public boolean sharedByNodes() {
    return maintenance.sharedIndex();
  }

  @Override
  public void rebuildIfOutOfDate() {
    try {
      maintenance.rebuildIfOutOfDate();
      refresher.resumeAfterStart();
    } finally {
      // this node's start is done: the next may build its persistence unit
      BootstrapLock.release();
    }
  }

  /**
   * The analyzer query words go through: the Lucene backend's instance, or for a search cluster a
   * local analyzer of the very chain the cluster runs ({@link ElasticsearchAnalysis}).
   */
  private Analyzer textQueryAnalyzer() {
    return analyzers().textQuery();
  }

  private Analyzers analyzers() {
    Analyzers current = analyzers;
    if (current == null) {
      current = Analyzers.of(Search.mapping(em.getEntityManagerFactory()).backend());
      analyzers = current;
    }
    return current;
  }

  private ContentHighlighter highlighter() {
    ContentHighlighter current = highlighter;
    if (current == null) {
      current = new ContentHighlighter(analyzers().text(), textQueryAnalyzer());
      highlighter = current;
    }
    return current;
  }
}
