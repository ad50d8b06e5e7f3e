package dev.sessionvault.application.command.session;

import dev.sessionvault.domain.session.SessionStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a session to another status; {@code error} records why (typically with {@code failed}). */
public record ChangeStatusCommand(
    @NotNull SessionStatus status, @Size(max = 20_000) String error) {}
