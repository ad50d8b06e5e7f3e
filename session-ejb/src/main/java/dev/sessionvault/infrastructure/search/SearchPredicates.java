package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.ACCOUNT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CREATED_AT;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.PROJECT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.TAGS;
import static dev.sessionvault.infrastructure.search.SearchFields.TIMESTAMP;

import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.search.SearchQuery;
import dev.sessionvault.domain.todo.Todo;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/**
 * A request's query and filters as the predicates of one account's search: tenancy first, as a
 * filter that no query can widen, then each given filter added to the boolean root one by one
 * ({@link #filters}). A new filter is a component of {@link SearchRequest} and a clause there.
 * Status and cost come as the sessions that have them ({@link SessionLookup}).
 */
final class SearchPredicates {
  private static final List<Class<?>> HIT_TYPES =
      List.of(Message.class, Todo.class, Interaction.class);

  private final SearchScope<?> scope;
  private final SearchRequest request;
  private final SearchQuery query;
  private final SessionLookup sessions;
  private final Analyzer queryAnalyzer;
  private final boolean nativeLuceneQueries;
  private final Optional<Set<UUID>> sessionFilter;

  SearchPredicates(
      SearchScope<?> scope,
      SearchRequest request,
      SessionLookup sessions,
      Analyzer queryAnalyzer,
      boolean nativeLuceneQueries) {
    this.scope = scope;
    this.request = request;
    this.query = request.query();
    this.sessions = sessions;
    this.queryAnalyzer = queryAnalyzer;
    this.nativeLuceneQueries = nativeLuceneQueries;
    this.sessionFilter = sessions.matching(request);
  }

  /** Message-only filters (role) search messages only; everything else searches all kinds. */
  static List<Class<?>> targets(SearchRequest request) {
    return request.roleFilter().isPresent() ? List.of(Message.class) : HIT_TYPES;
  }

  SearchScope<?> scope() {
    return scope;
  }

  SearchQuery query() {
    return query;
  }

  /** No session has the status and cost asked for: there is nothing to search. */
  boolean matchNothing() {
    return sessionFilter.map(Set::isEmpty).orElse(false);
  }

  /** The hits, scored, with the terms to highlight. */
  SearchPredicate hits() {
    return hits(b -> {});
  }

  /** The hits of these sessions only, scored as by {@link #hits()}. */
  SearchPredicate hitsOfSessions(Collection<UUID> sessionIds) {
    SearchPredicateFactory f = scope.predicate();
    return hits(b -> b.filter(f.terms().field(SESSION_ID).matchingAny(sessionIds)));
  }

  /** These hits only (by document id), scored as by {@link #hits()}. */
  SearchPredicate hitsWithIds(Collection<UUID> ids) {
    SearchPredicateFactory f = scope.predicate();
    return hits(b -> b.filter(f.id().matchingAny(ids)));
  }

  /** Matches exactly what {@link #hits()} matches, with nothing to score. */
  SearchPredicate count() {
    SearchPredicateFactory f = scope.predicate();
    return predicate(f, QueryTranslator.forCount(f, words(), sessions::withStatus), b -> {});
  }

  private SearchPredicate hits(Consumer<BooleanPredicateOptionsCollector<?, ?>> narrowing) {
    SearchPredicateFactory f = scope.predicate();
    return predicate(f, QueryTranslator.forHits(f, words(), sessions::withStatus), narrowing);
  }

  private QueryTranslator.Words words() {
    return new QueryTranslator.Words(queryAnalyzer, nativeLuceneQueries);
  }

  private SearchPredicate predicate(
      SearchPredicateFactory f,
      QueryTranslator translator,
      Consumer<BooleanPredicateOptionsCollector<?, ?>> narrowing) {
    return f.bool()
        .with(
            b -> {
              b.must(translator.translate(query));
              b.filter(f.match().field(ACCOUNT_ID).matching(sessions.accountId()));
              narrowing.accept(b);
              filters(f, b);
            })
        .toPredicate();
  }

  /** The request's filters; absent ones do not narrow. */
  private void filters(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b) {
    if (request.agent() != null) {
      b.filter(f.match().field(AGENT).matching(request.agent()));
    }
    if (request.model() != null) {
      String model = request.model().toLowerCase(Locale.ROOT);
      b.filter(
          model.contains("*")
              ? f.wildcard().field(MODEL).matching(model.replace("?", "\\?"))
              : f.match().field(MODEL).matching(model, ValueModel.INDEX));
    }
    if (request.projectId() != null) {
      b.filter(f.match().field(PROJECT_ID).matching(request.projectId()));
    }
    for (String tag : request.tags()) {
      b.filter(f.match().field(TAGS).matching(tag));
    }
    request.roleFilter().ifPresent(role -> b.filter(f.match().field(ROLE).matching(role)));
    range(f, b, TIMESTAMP, request.from(), request.to());
    range(f, b, CREATED_AT, request.createdFrom(), request.createdTo());
    sessionFilter.ifPresent(ids -> b.filter(f.terms().field(SESSION_ID).matchingAny(ids)));
  }

  /** From inclusive to exclusive; either bound may be open. */
  private static void range(
      SearchPredicateFactory f,
      BooleanPredicateOptionsCollector<?, ?> b,
      String field,
      Instant from,
      Instant to) {
    if (from != null || to != null) {
      b.filter(
          f.range()
              .field(field)
              .between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
    }
  }
}
