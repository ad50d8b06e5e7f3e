package dev.sessionvault.application.internal;

import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Checks that a session's projectId names a project of the same account. */
@ApplicationScoped
class ProjectReferences {
  @Inject ProjectRepository projects;

  void requireExisting(UUID accountId, UUID projectId) {
    if (projectId != null && projects.find(accountId, projectId).isEmpty()) {
      throw new ValidationException(
          "projectId",
          "no project '" + projectId + "' exists; create it with POST /api/v1/projects");
    }
  }
}
