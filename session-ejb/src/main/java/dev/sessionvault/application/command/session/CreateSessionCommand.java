package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.KnownAgent;
import dev.sessionvault.application.command.Tag;
import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.session.Environment;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates a session. Only {@code agent} is required; the environment and the status travel by wire
 * name ({@code ci}, {@code active}).
 */
public record CreateSessionCommand(
    @Size(min = 1, max = 255) String externalId,
    @Size(max = 200) String name,
    @Size(max = 20_000) String summary,
    @Pattern(
            regexp = "[a-z][a-z0-9_-]{0,63}",
            message =
                "must be a short lowercase identifier (a-z, 0-9, '_', '-'; up to 64 characters)")
        String type,
    @NotBlank @KnownAgent String agent,
    @WireName(Environment.class) String environment,
    @Size(max = 200) String model,
    UUID projectId,
    @Size(max = 200) String component,
    @Size(max = 1024) String projectPath,
    @Size(max = 255) String gitBranch,
    @WireName(SessionStatus.class) String status,
    @Valid SessionConfigInput config,
    Map<String, Object> llmConfig,
    Map<String, Object> metadata,
    Map<String, Object> state,
    @Size(max = Tag.MAX_PER_SESSION) List<@Tag String> tags,
    @Min(1) @Max(1000) Integer schemaVersion) {

  /** The status asked for, or null for the default. */
  public SessionStatus initialStatus() {
    return WireNames.parse(SessionStatus.class, status).orElse(null);
  }

  /** The same session with other metadata. */
  public CreateSessionCommand withMetadata(Map<String, Object> newMetadata) {
    return new CreateSessionCommand(
        externalId,
        name,
        summary,
        type,
        agent,
        environment,
        model,
        projectId,
        component,
        projectPath,
        gitBranch,
        status,
        config,
        llmConfig,
        newMetadata,
        state,
        tags,
        schemaVersion);
  }

  public SessionDetails toDetails() {
    return new SessionDetails(
        externalId,
        name,
        summary,
        type,
        agent,
        WireNames.parse(Environment.class, environment).orElse(null),
        model,
        projectId,
        component,
        projectPath,
        gitBranch,
        initialStatus(),
        config == null ? null : config.toDomain(),
        llmConfig,
        metadata,
        state,
        tags == null ? null : new LinkedHashSet<>(tags),
        schemaVersion);
  }
}
