package dev.sessionvault.domain.retention;

import dev.sessionvault.domain.session.SessionStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * What retention knows of a session.
 *
 * @param storageBytes its content bytes and its kept transcript's (compressed) bytes
 * @param exempt whether one of its tags exempts it
 */
public record RetentionCandidate(
    UUID sessionId,
    String name,
    UUID projectId,
    SessionStatus status,
    Instant lastActivityAt,
    Instant closedAt,
    long messageCount,
    long storageBytes,
    boolean exempt) {

  /** When it last changed for retention's purposes: its close when closed, else its activity. */
  public Instant lastUsed() {
    return closedAt != null ? closedAt : lastActivityAt;
  }
}
