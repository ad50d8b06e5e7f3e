package dev.sessionvault.domain.search;

import dev.sessionvault.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The full-text index of every account's messages, todos and interactions. A write records its
 * indexing work in the database in its own transaction, and the index follows shortly after it
 * commits; what the database changes in bulk is brought in here explicitly.
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
   * Records in the current transaction that what carries a copy of these sessions' fields (their
   * messages, todos and interactions, and the sessions themselves) must be indexed again; that
   * happens in the background once it commits, and resumes after a restart.
   */
  void refreshSessionsAfterCommit(Collection<UUID> sessionIds);

  /** Removes the session's documents when the current transaction commits. */
  void removeSession(UUID sessionId);

  /** The current or last rebuild. */
  RebuildProgress rebuildProgress();

  /**
   * How far the index trails the database, and the current or last rebuild; with {@code counts},
   * also the documents and the rows they come from (which reads every table's size).
   */
  IndexStatus status(boolean counts);

  /**
   * At startup: starts a rebuild in the background when the index is missing, was built for another
   * database or with another layout, or (with no indexing work pending) holds a different number of
   * documents than the database has rows; resumes refreshes a stop interrupted.
   */
  void rebuildIfOutOfDate();

  /** Starts a full rebuild in the background unless one is running; returns its progress. */
  RebuildProgress startRebuild(String reason);
}
