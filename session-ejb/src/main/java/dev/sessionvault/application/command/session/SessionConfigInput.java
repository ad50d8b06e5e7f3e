package dev.sessionvault.application.command.session;

import dev.sessionvault.domain.session.SessionConfig;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The typed settings of a session; every member is optional, unknown members are rejected. */
public record SessionConfigInput(
    @Min(1) @Max(10_000_000) Integer maxMessages,
    @Min(1) @Max(525_600) Integer idleTimeoutMinutes,
    Boolean persistenceEnabled,
    @Size(max = 100)
        List<
                @NotNull
                @Pattern(
                    regexp = "[a-z0-9][a-z0-9._:-]{0,63}",
                    message =
                        "must be 1-64 characters of lowercase letters, digits, '.', '_', ':' or '-'")
                String>
            features) {

  public SessionConfig toDomain() {
    return new SessionConfig(maxMessages, idleTimeoutMinutes, persistenceEnabled, features);
  }

  public static SessionConfigInput of(SessionConfig config) {
    return config == null
        ? null
        : new SessionConfigInput(
            config.maxMessages(),
            config.idleTimeoutMinutes(),
            config.persistenceEnabled(),
            config.features());
  }
}
