package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.ProjectService;
import dev.sessionvault.application.command.ProjectCommand;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import java.util.OptionalLong;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultProjectService implements ProjectService {
  @Inject CallerContext caller;
  @Inject ProjectRepository projects;
  @Inject SessionRepository sessions;
  @Inject ConversationIndex index;
  @Inject Validator validator;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ProjectView create(ProjectCommand command) {
    UUID account = caller.accountId();
    requireFreeKey(account, command.key(), null);
    Project project =
        new Project(account, command.key(), command.name(), command.rootPath(), Timestamps.now());
    projects.add(project);
    return Views.project(project);
  }

  @Override
  public ProjectView get(UUID id) {
    return Views.project(
        projects
            .find(caller.accountId(), id)
            .orElseThrow(() -> new ResourceNotFoundException("project", id)));
  }

  @Override
  public PageView<ProjectView> list(int page, int size) {
    return Views.page(
        projects.list(caller.accountId(), new PageRequest(page, size)), Views::project);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ProjectView patch(UUID id, JsonObject mergePatch, OptionalLong ifMatch) {
    UUID account = caller.accountId();
    Project project = findForUpdate(account, id);
    Versions.requireCurrent("project", ifMatch, project.version());
    ProjectCommand edit = MergePatch.apply(ProjectCommand.of(project), mergePatch, validator);
    requireFreeKey(account, edit.key(), project.id());
    project.edit(edit.key(), edit.name(), edit.rootPath(), Timestamps.now());
    projects.flush();
    return Views.project(project);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void delete(UUID id) {
    UUID account = caller.accountId();
    Project project = findForUpdate(account, id);
    index.refreshSessionsAfterCommit(sessions.detachFromProject(account, project.id()));
    projects.remove(project);
  }

  private Project findForUpdate(UUID account, UUID id) {
    return projects
        .findForUpdate(account, id)
        .orElseThrow(() -> new ResourceNotFoundException("project", id));
  }

  private void requireFreeKey(UUID account, String key, UUID self) {
    projects
        .findByKey(account, key)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new AlreadyExistsException(
                  "a project with key '" + key + "' already exists", other.id());
            });
  }
}
