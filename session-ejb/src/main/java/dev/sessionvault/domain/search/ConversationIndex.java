package dev.sessionvault.domain.search;

import dev.sessionvault.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The full-text index of every account's messages, todos and interactions. Writes reach it at
 * commit; what the database changes in bulk is brought in here explicitly.
 */
public interface ConversationIndex {

  /** Hits of one account, ranked or sorted, one page, with the exact total and the facets asked. */
  SearchResults search(
      UUID accountId,
      SearchCriteria criteria,
      SearchSort sort,
      PageRequest page,
      Set<Facet> facets);

  /** Sessions of one account ranked by their best hit, with their top hits each. */
  SessionResults searchBySession(
      UUID accountId,
      SearchCriteria criteria,
      SearchSort sort,
      PageRequest page,
      int hitsPerSession);

  /**
   * After the current transaction commits, re-indexes in the background what carries a copy of
   * these sessions' fields (their messages, todos and interactions, and the sessions themselves).
   */
  void refreshSessionsAfterCommit(Collection<UUID> sessionIds);

  /** Removes the session's documents when the current transaction commits. */
  void removeSession(UUID sessionId);

  /** The current or last rebuild. */
  RebuildProgress rebuildProgress();

  /**
   * Starts a rebuild in the background when the index is missing, empty while the database is not,
   * holds a different number of documents than the database has rows (after a crash), or was built
   * for another database.
   */
  void rebuildIfOutOfDate();

  /** Starts a full rebuild in the background unless one is running; returns its progress. */
  RebuildProgress startRebuild(String reason);
}
