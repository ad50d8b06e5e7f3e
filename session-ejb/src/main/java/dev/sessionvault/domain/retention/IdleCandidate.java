package dev.sessionvault.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An active session with an idle timeout (its own, else its account's default).
 *
 * @param timeoutMinutes the timeout that applies
 */
public record IdleCandidate(
    UUID accountId, UUID sessionId, Instant lastActivityAt, int timeoutMinutes) {

  /** Whether no message has arrived for its whole timeout at {@code now}. */
  public boolean overdue(Instant now) {
    return !lastActivityAt.plus(Duration.ofMinutes(timeoutMinutes)).isAfter(now);
  }
}
