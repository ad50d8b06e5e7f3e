package dev.sessionvault.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a session comes from, as its client reported it at creation: which agent, in which
 * environment and model, on which project folder and branch. Never changes afterwards.
 */
@Embeddable
public record SessionOrigin(
    @Column(name = "external_id", updatable = false) String externalId,
    @Column(name = "type", updatable = false) String type,
    @Column(name = "agent", nullable = false, updatable = false) String agent,
    @Column(name = "environment", updatable = false) Environment environment,
    @Column(name = "model", updatable = false) String model,
    @Column(name = "component", updatable = false) String component,
    @Column(name = "project_path", updatable = false) String projectPath,
    @Column(name = "git_branch", updatable = false) String gitBranch,
    @Column(name = "schema_version", nullable = false, updatable = false) int schemaVersion) {

  static SessionOrigin of(SessionDetails details) {
    return new SessionOrigin(
        details.externalId(),
        details.type(),
        details.agent(),
        details.environment(),
        details.model(),
        details.component(),
        details.projectPath(),
        details.gitBranch(),
        details.schemaVersion() == null ? 1 : details.schemaVersion());
  }
}
