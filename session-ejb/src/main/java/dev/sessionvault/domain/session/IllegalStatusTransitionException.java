package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.WireNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A transition the status machine does not allow from the session's current status. */
public class IllegalStatusTransitionException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final SessionStatus current;

  public IllegalStatusTransitionException(SessionStatus current, SessionStatus target) {
    super(
        "a session that is '"
            + WireNames.of(current)
            + "' cannot become '"
            + WireNames.of(target)
            + "'; "
            + (current.isTerminal()
                ? "'" + WireNames.of(current) + "' is terminal"
                : "allowed: " + String.join(", ", allowedNames(current))));
    this.current = current;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("currentStatus", WireNames.of(current));
    details.put("allowedTargets", allowedNames(current));
    return details;
  }

  private static List<String> allowedNames(SessionStatus status) {
    return status.allowedTargets().stream().map(WireNames::of).toList();
  }
}
