package dev.sessionvault.domain.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the exact number of hits, and the requested facets. */
public record SearchResults(
    List<SearchHit> hits, long total, Map<Facet, List<FacetCount>> facets) {}
