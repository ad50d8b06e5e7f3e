package dev.sessionvault.application.view.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the exact total. {@code facets} maps each requested facet (agent, model,
 * status, role, tag, project, day) to its value counts; empty when none were requested.
 */
public record SearchResultView(
    List<SearchHitView> hits,
    int page,
    int size,
    long total,
    long totalPages,
    Map<String, List<FacetCountView>> facets)
    implements SearchResponse {}
