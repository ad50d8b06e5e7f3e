package dev.sessionvault.domain.search;

import java.time.Duration;
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

  /** A running rebuild at {@code now}, with its rate and the time left estimated from them. */
  public static RebuildProgress running(
      String reason, long done, long total, Instant startedAt, Instant now) {
    double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
    double rate = done / seconds;
    Long eta = rate > 0 ? Math.max(0, (long) Math.ceil((total - done) / rate)) : null;
    return new RebuildProgress(
        State.RUNNING,
        reason,
        Math.min(done, total),
        total,
        Math.round(rate * 10) / 10.0,
        eta,
        startedAt,
        null,
        null);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Done in percent, 0 to 100. */
  public int percent() {
    return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
  }
}
