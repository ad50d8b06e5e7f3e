package dev.sessionvault.application.search;

import java.time.Duration;

/**
 * Search keeps up with writes. The index follows the database in the background; a writer faster
 * than indexing would leave it further behind every second, so the web layer calls {@link
 * #awaitWithinBound()} before it answers a successful write: writers slow down to the pace of
 * indexing instead of search falling behind without limit.
 */
public interface IndexFreshness {

  /** How far the index may trail the database when a write is answered. */
  Duration BOUND = Duration.ofSeconds(1);

  /**
   * How long a write's answer waits at most for the index (after a crash with a large backlog, or
   * with indexing failing, writes go on at this pace instead of stopping).
   */
  Duration MAX_WAIT = Duration.ofSeconds(5);

  /** Returns once the oldest change not yet indexed is younger than {@link #BOUND}. */
  void awaitWithinBound();
}
