package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a session to another status, named as clients name it ({@code completed}); {@code error}
 * records why (typically with {@code failed}).
 */
public record ChangeStatusCommand(
    @NotNull @WireName(SessionStatus.class) String status, @Size(max = 20_000) String error) {

  /** The status to move to. */
  public SessionStatus target() {
    return WireNames.parse(SessionStatus.class, status).orElse(null);
  }
}
