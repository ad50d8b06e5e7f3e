package dev.sessionvault.domain.search;

import java.util.Collection;
import java.util.UUID;

/**
 * The full-text index of every account's messages, todos and interactions. A write records its
 * indexing work in the database in its own transaction, and the index follows shortly after it
 * commits; what the database changes in bulk is brought in here explicitly. Searching it is the
 * application's {@code SearchIndex}.
 */
public interface ConversationIndex {

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
