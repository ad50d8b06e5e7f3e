package dev.sessionvault.application.command.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creates an account (tenant). */
public record CreateAccountCommand(
    @NotNull
        @Pattern(
            regexp = "[a-z0-9][a-z0-9-]{0,63}",
            message = "must be 1-64 characters of lowercase letters, digits or '-'")
        String name,
    @NotBlank @Size(max = 200) String displayName) {}
