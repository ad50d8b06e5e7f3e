package dev.sessionvault.application.command.identity;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.NotNull;

/** A member's new role. */
public record ChangeMemberCommand(@NotNull @WireName(AccountRole.class) String role) {
  /** The role, by constant. */
  public AccountRole accountRole() {
    return WireNames.parse(AccountRole.class, role).orElse(null);
  }
}
