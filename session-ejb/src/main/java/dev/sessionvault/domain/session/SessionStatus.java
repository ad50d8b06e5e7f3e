package dev.sessionvault.domain.session;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a session. This enum is the status machine: the only place that knows which
 * transitions are legal.
 *
 * <pre>
 * initializing → active | failed
 * active       → idle | completed | failed
 * idle         → active (resume) | completed | failed
 * completed, failed: terminal
 * </pre>
 */
public enum SessionStatus {
  INITIALIZING,
  ACTIVE,
  IDLE,
  COMPLETED,
  FAILED;

  /** The statuses this one may move to; empty for terminal statuses. */
  public Set<SessionStatus> allowedTargets() {
    return switch (this) {
      case INITIALIZING -> EnumSet.of(ACTIVE, FAILED);
      case ACTIVE -> EnumSet.of(IDLE, COMPLETED, FAILED);
      case IDLE -> EnumSet.of(ACTIVE, COMPLETED, FAILED);
      case COMPLETED, FAILED -> EnumSet.noneOf(SessionStatus.class);
    };
  }

  public boolean canMoveTo(SessionStatus target) {
    return allowedTargets().contains(target);
  }

  /** Terminal sessions are closed: nothing more may be appended to them. */
  public boolean isTerminal() {
    return allowedTargets().isEmpty();
  }

  /** The statuses a new session may start in. */
  public static Set<SessionStatus> initialStatuses() {
    return EnumSet.of(INITIALIZING, ACTIVE);
  }
}
