package dev.sessionvault.domain.search;

import java.time.Instant;

/**
 * Where a rebuild of the search index stands. {@code done} and {@code total} count entities; {@code
 * ratePerSecond} and {@code etaSeconds} are estimates while it runs.
 */
public record RebuildProgress(
    State state,
    String reason,
    long done,
    long total,
    double ratePerSecond,
    Long etaSeconds,
    Instant startedAt,
    Instant finishedAt,
    String error) {

  /** The lifecycle of a rebuild. */
  public enum State {
    IDLE,
    RUNNING,
    COMPLETED,
    FAILED
  }

  public static RebuildProgress idle() {
    return new RebuildProgress(State.IDLE, null, 0, 0, 0, null, null, null, null);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Done in percent, 0 to 100. */
  public int percent() {
    return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
  }
}
