package dev.sessionvault.application.command;

import dev.sessionvault.domain.project.Project;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A project's fields: used to create one, and to validate the result of an edit. */
public record ProjectCommand(
    @NotNull
        @Pattern(
            regexp = "[a-z0-9][a-z0-9._-]{0,63}",
            message =
                "must be 1-64 characters of lowercase letters, digits, '.', '_' or '-', starting with a letter or digit")
        String key,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 1024) String rootPath) {

  public static ProjectCommand of(Project project) {
    return new ProjectCommand(project.key(), project.name(), project.rootPath());
  }
}
