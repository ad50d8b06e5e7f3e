package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;

import dev.sessionvault.application.view.search.SearchHitView;
import dev.sessionvault.domain.search.SearchSort;
import java.util.UUID;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The queries of one search, all in the requested order: hits projected into the record the API
 * returns ({@link HitProjection}), hits reduced to their session and id for ranking sessions, and
 * the count of a predicate.
 */
final class HitQueries {
  /** A hit as far as ranking sessions needs it. */
  record RankedHit(String sessionId, UUID id) {}

  private final SearchSession session;
  private final SearchScope<?> scope;
  private final SearchSort sort;
  private final HitProjection.Highlights highlights;

  HitQueries(
      SearchSession session,
      SearchScope<?> scope,
      SearchSort sort,
      HitProjection.Highlights highlights) {
    this.session = session;
    this.scope = scope;
    this.sort = sort;
    this.highlights = highlights;
  }

  SearchScope<?> scope() {
    return scope;
  }

  SearchQueryOptionsStep<?, ?, SearchHitView, ?, ?, ?> hits(SearchPredicate where) {
    return session
        .search(scope)
        .select(SearchHitView.class)
        .where(where)
        .sort(order())
        .param(HitProjection.HIGHLIGHTS, highlights);
  }

  SearchQueryOptionsStep<?, ?, RankedHit, ?, ?, ?> ranked(SearchPredicate where) {
    SearchProjectionFactory<?, ?> f = scope.projection();
    return session
        .search(scope)
        .select(
            f.composite()
                .from(f.field(SESSION_ID, String.class, ValueModel.INDEX), f.id(UUID.class))
                .as(RankedHit::new)
                .toProjection())
        .where(where)
        .sort(order());
  }

  long count(SearchPredicate where) {
    return session.search(scope).where(where).fetchTotalHitCount();
  }

  private org.hibernate.search.engine.search.sort.SearchSort order() {
    SearchSortFactory f = scope.sort();
    return switch (sort) {
      case NEWEST -> f.field(TIMESTAMP).desc().missing().last().then().score().toSort();
      case OLDEST -> f.field(TIMESTAMP).asc().missing().last().then().score().toSort();
      // score alone: a tie-breaker would make Lucene compare every hit by field too
      case RELEVANCE -> f.score().toSort();
    };
  }
}
