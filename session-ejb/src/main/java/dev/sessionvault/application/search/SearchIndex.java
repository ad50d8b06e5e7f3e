package dev.sessionvault.application.search;

import dev.sessionvault.application.view.search.SearchResultView;
import dev.sessionvault.application.view.search.SessionSearchResultView;
import java.util.UUID;

/**
 * The query side of the full-text index: it reads a validated {@link SearchRequest} of one account
 * and answers with the views the API returns. Keeping the index is {@link
 * dev.sessionvault.domain.search.ConversationIndex}'s.
 */
public interface SearchIndex {
  /** How many of its best hits each session of a grouped answer shows. */
  int HITS_PER_SESSION = 3;

  /** Hits of one account, ranked or sorted, one page, with the exact total and the facets asked. */
  SearchResultView search(UUID accountId, SearchRequest request);

  /** Sessions of one account ranked by their best hit, with their top hits each. */
  SessionSearchResultView searchBySession(UUID accountId, SearchRequest request);
}
