package dev.sessionvault.domain.search;

import java.time.Instant;

/**
 * How far the index trails the database: the changes committed but not yet indexed (indexing
 * events, and edited sessions whose copies are still being refreshed), the time of the oldest
 * pending event, and, when counted, the documents in the index against the rows they come from.
 */
public record IndexStatus(
    long pendingEvents,
    long pendingRefreshes,
    Instant oldestPendingAt,
    Long documents,
    Long rows,
    RebuildProgress rebuild) {

  /** Nothing committed is missing from the index: all of it is searchable. */
  public boolean caughtUp() {
    return pendingEvents == 0 && pendingRefreshes == 0;
  }
}
