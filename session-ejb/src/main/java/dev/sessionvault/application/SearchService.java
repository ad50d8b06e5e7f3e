package dev.sessionvault.application;

import dev.sessionvault.application.command.SearchRequest;
import dev.sessionvault.application.view.SearchResultView;
import dev.sessionvault.application.view.SessionSearchResultView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Full-text search over the messages, todos and interactions of the caller's account. A malformed
 * query fails with the position of the problem; while the index is being rebuilt, search fails with
 * {@link dev.sessionvault.domain.search.IndexRebuildingException}.
 */
public interface SearchService {

  /** Hits ranked by relevance (or by time), one page, with the exact total and any facets. */
  SearchResultView search(@NotNull @Valid SearchRequest request);

  /** Sessions ranked by their best hit, each with its top 3 hits and its number of hits. */
  SessionSearchResultView searchBySession(@NotNull @Valid SearchRequest request);
}
