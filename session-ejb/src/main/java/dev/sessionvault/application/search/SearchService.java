package dev.sessionvault.application.search;

import dev.sessionvault.application.view.search.SearchResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Full-text search over the messages, todos and interactions of the caller's account. A malformed
 * query fails with the position of the problem; while the index is being rebuilt, search fails with
 * {@link dev.sessionvault.domain.search.IndexRebuildingException}.
 */
public interface SearchService {

  /**
   * Hits ranked by relevance (or by time), one page, with the exact total and any facets; or, with
   * {@link SearchRequest#groupedBySession()}, sessions ranked by their best hit, each with its top
   * 3 hits and its number of hits.
   */
  SearchResponse search(@NotNull @Valid SearchRequest request);
}
