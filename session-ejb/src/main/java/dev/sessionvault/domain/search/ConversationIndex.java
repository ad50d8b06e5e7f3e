package dev.sessionvault.domain.search;

import dev.sessionvault.domain.session.Session;
import java.util.Collection;
import java.util.UUID;

/**
 * The full-text index of every account's messages, todos and interactions. A write records its
 * indexing work in the database in its own transaction, and the index follows shortly after it
 * commits; what the database changes in bulk is brought in here explicitly. Searching it is the
 * application's {@code SearchIndex}.
 */
public interface ConversationIndex {

  /** What the session's hits carry of it now: take it before an edit, for {@link #editDone}. */
  SessionCopy copyOf(Session session);

  /**
   * After an edit: when the session's hits carried something of it that changed, records in the
   * current transaction that they must be indexed again; that happens in the background once it
   * commits, and resumes after a restart.
   */
  void editDone(Session session, SessionCopy before);

  /**
   * These sessions were changed in bulk, where Hibernate does not see it (a JPQL update): their
   * hits are indexed again after the commit, as after an edit.
   */
  void changedInBulk(Collection<UUID> sessionIds);

  /**
   * What the current transaction writes from here on is indexed after it commits: the session's
   * messages, todos and interactions, a page at a time in the background (as after an edit), not
   * through an indexing event each that the transaction holds until its end. How the import of a
   * long session stays in bounded memory; call it once the session exists, before its parts.
   */
  void indexAfterCommit(UUID sessionId);

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

  /** Whether every node of the cluster serves this same index (else each node has its own). */
  boolean sharedByNodes();

  /** Starts a full rebuild in the background unless one is running; returns its progress. */
  RebuildProgress startRebuild(String reason);
}
