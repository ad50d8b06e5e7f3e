package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.ProjectService;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.EditProjectCommand;
import dev.sessionvault.application.command.ProjectCommand;
import dev.sessionvault.application.identity.RecentKeySignIns;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.project.Project;
import dev.sessionvault.domain.project.ProjectRepository;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
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
  @Inject AuditContext audit;
  @Inject ProjectScope scope;
  @Inject RecentKeySignIns recentSignIns;

  @Override
  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "project.create", target = "project")
  public ProjectView create(ProjectCommand command) {
    scope.requireAccountWide("manage projects");
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
            .filter(project -> scope.reaches(project.id()))
            .orElseThrow(() -> new ResourceNotFoundException("project", id)));
  }

  @Override
  public PageView<ProjectView> list(int page, int size) {
    PageRequest request = new PageRequest(page, size);
    Optional<UUID> restriction = caller.projectRestriction();
    if (restriction.isPresent()) {
      List<Project> only = projects.find(caller.accountId(), restriction.get()).stream().toList();
      return Views.page(
          new Page<>(page == 1 ? only : List.of(), request, only.size()), Views::project);
    }
    return Views.page(projects.list(caller.accountId(), request), Views::project);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "project.update", target = "project")
  public ProjectView patch(UUID id, EditProjectCommand command, OptionalLong ifMatch) {
    UUID account = caller.accountId();
    Project project = findForUpdate(account, id);
    Versions.requireCurrent("project", ifMatch, project.version());
    audit.detail("fields", command.fields());
    ProjectCommand edit =
        EditResults.requireValid(command.applyTo(ProjectCommand.of(project)), validator);
    requireFreeKey(account, edit.key(), project.id());
    project.edit(edit.key(), edit.name(), edit.rootPath(), Timestamps.now());
    projects.flush();
    return Views.project(project);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  @Audited(action = "project.delete", target = "project")
  public void delete(UUID id) {
    UUID account = caller.accountId();
    Project project = findForUpdate(account, id);
    List<UUID> detached = sessions.detachFromProject(account, project.id());
    audit.detail("sessionsDetached", detached.size());
    index.changedInBulk(detached);
    projects.remove(project);
    recentSignIns.forgetAllAfterCommit(); // its keys go with it
  }

  private Project findForUpdate(UUID account, UUID id) {
    scope.requireAccountWide("manage projects");
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
