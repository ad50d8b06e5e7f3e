package dev.sessionvault.application.command.identity;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A new API key: its name, role, and optionally the one project it may touch and its expiry. */
public record CreateApiKeyCommand(
    @NotBlank @Size(max = 200) String name,
    @NotNull @WireName(AccountRole.class) String role,
    UUID projectId,
    Instant expiresAt) {
  /** The role, by constant. */
  public AccountRole accountRole() {
    return WireNames.parse(AccountRole.class, role).orElse(null);
  }
}
