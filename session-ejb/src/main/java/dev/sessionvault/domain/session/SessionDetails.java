package dev.sessionvault.domain.session;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a client says about a new session. */
public record SessionDetails(
    String externalId,
    String name,
    String summary,
    String type,
    String agent,
    Environment environment,
    String model,
    UUID projectId,
    String component,
    String projectPath,
    String gitBranch,
    SessionStatus status,
    SessionConfig config,
    Map<String, Object> llmConfig,
    Map<String, Object> metadata,
    Map<String, Object> state,
    Set<String> tags,
    Integer schemaVersion) {
  public SessionDetails withStatus(SessionStatus initial) {
    return new SessionDetails(
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
        initial,
        config,
        llmConfig,
        metadata,
        state,
        tags,
        schemaVersion);
  }

  public SessionDetails withProjectId(UUID project) {
    return new SessionDetails(
        externalId,
        name,
        summary,
        type,
        agent,
        environment,
        model,
        project,
        component,
        projectPath,
        gitBranch,
        status,
        config,
        llmConfig,
        metadata,
        state,
        tags,
        schemaVersion);
  }
}
