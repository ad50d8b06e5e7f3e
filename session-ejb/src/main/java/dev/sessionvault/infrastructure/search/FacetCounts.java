package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.DAY;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.PROJECT_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.TAGS;

import dev.sessionvault.application.view.search.FacetCountView;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.shared.WireNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * The facets of a search, as terms aggregations of the hit query, in the order {@link Facet}
 * declares them. The status facet counts hits per session, summed per status by {@link
 * SessionLookup}, since hits do not carry their session's status.
 */
final class FacetCounts {
  private static final int MAX_FACET_VALUES = 50;
  private static final int MAX_DAYS = 3660;

  private final Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);

  FacetCounts(Set<Facet> facets) {
    facets.forEach(facet -> keys.put(facet, AggregationKey.of(facet.name())));
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  /** The query with one aggregation per facet asked for. */
  <H> SearchQueryOptionsStep<?, ?, H, ?, ?, ?> addTo(
      SearchQueryOptionsStep<?, ?, H, ?, ?, ?> query, SearchScope<?> scope) {
    SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step = query;
    for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> entry : keys.entrySet()) {
      step = step.aggregation(entry.getValue(), aggregation(scope, entry.getKey()));
    }
    return step;
  }

  /** Each facet's value counts, by the facet's wire name. */
  Map<String, List<FacetCountView>> read(SearchResult<?> result, SessionLookup sessions) {
    Map<String, List<FacetCountView>> facets = new LinkedHashMap<>();
    keys.forEach(
        (facet, key) ->
            facets.put(
                WireNames.of(facet),
                facet == Facet.STATUS
                    ? sessions.statusCounts(result.aggregation(key))
                    : counts(result.aggregation(key))));
    return facets;
  }

  /** Every facet asked for, with no values: nothing matched. */
  Map<String, List<FacetCountView>> none() {
    Map<String, List<FacetCountView>> facets = new LinkedHashMap<>();
    keys.keySet().forEach(facet -> facets.put(WireNames.of(facet), List.of()));
    return facets;
  }

  private static SearchAggregation<Map<String, Long>> aggregation(
      SearchScope<?> scope, Facet facet) {
    var terms = scope.aggregation().terms();
    return switch (facet) {
      case DAY ->
          terms
              .field(DAY, String.class, ValueModel.INDEX)
              .orderByTermAscending()
              .maxTermCount(MAX_DAYS)
              .toAggregation();
      // hits per session, summed per status by SessionLookup
      case STATUS ->
          terms
              .field(SESSION_ID, String.class, ValueModel.INDEX)
              .maxTermCount(Integer.MAX_VALUE)
              .toAggregation();
      default ->
          terms
              .field(field(facet), String.class, ValueModel.INDEX)
              .orderByCountDescending()
              .maxTermCount(MAX_FACET_VALUES)
              .toAggregation();
    };
  }

  private static String field(Facet facet) {
    return switch (facet) {
      case AGENT -> AGENT;
      case MODEL -> MODEL;
      case STATUS -> SESSION_ID;
      case ROLE -> ROLE;
      case TAG -> TAGS;
      case PROJECT -> PROJECT_ID;
      case DAY -> DAY;
    };
  }

  private static List<FacetCountView> counts(Map<String, Long> buckets) {
    List<FacetCountView> counts = new ArrayList<>(buckets.size());
    buckets.forEach((value, count) -> counts.add(new FacetCountView(value, count)));
    return counts;
  }
}
