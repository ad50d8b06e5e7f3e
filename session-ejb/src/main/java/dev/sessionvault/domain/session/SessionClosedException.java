package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.WireNames;
import java.util.Map;

/** Something was appended to a session whose status is terminal. */
public class SessionClosedException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final SessionStatus status;

  public SessionClosedException(SessionStatus status) {
    super(
        "the session is '"
            + WireNames.of(status)
            + "' (terminal): messages, todos and interactions can no longer be added");
    this.status = status;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("currentStatus", WireNames.of(status));
  }
}
