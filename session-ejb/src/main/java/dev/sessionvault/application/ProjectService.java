package dev.sessionvault.application;

import dev.sessionvault.application.command.EditProjectCommand;
import dev.sessionvault.application.command.ProjectCommand;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.OptionalLong;
import java.util.UUID;

/** Projects of the caller's account. Deleting a project keeps its sessions and detaches them. */
public interface ProjectService {
  int MAX_PAGE_SIZE = 200;

  ProjectView create(@NotNull(message = "a JSON body is required") @Valid ProjectCommand command);

  ProjectView get(@NotNull UUID id);

  PageView<ProjectView> list(@Min(1) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size);

  /**
   * Edits key, name and rootPath with merge-patch semantics (see {@link EditProjectCommand}); the
   * result must be valid as a whole.
   */
  ProjectView patch(@NotNull UUID id, @NotNull EditProjectCommand command, OptionalLong ifMatch);

  void delete(@NotNull UUID id);
}
