package dev.sessionvault.application.command.identity;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person joining an account with a role. A new person needs a password; an existing one (another
 * account's member) can be added by an operator only, without one.
 */
public record AddMemberCommand(
    @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[A-Za-z0-9._@-]+",
            message = "may contain letters, digits and . _ @ - only")
        String username,
    @Size(min = MIN_PASSWORD, max = 1024, message = "must be 12 to 1024 characters long")
        String password,
    @NotNull @WireName(AccountRole.class) String role) {
  public static final int MIN_PASSWORD = 12;

  /** Never shows the password, wherever the command is printed. */
  @Override
  public String toString() {
    return "AddMemberCommand[username=" + username + ", role=" + role + "]";
  }

  /** The role, by constant. */
  public AccountRole accountRole() {
    return WireNames.parse(AccountRole.class, role).orElse(null);
  }
}
