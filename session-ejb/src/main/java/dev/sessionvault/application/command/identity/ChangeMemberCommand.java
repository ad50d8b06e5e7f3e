package dev.sessionvault.application.command.identity;

import dev.sessionvault.domain.identity.AccountRole;
import jakarta.validation.constraints.NotNull;

/** A member's new role. */
public record ChangeMemberCommand(@NotNull AccountRole role) {}
