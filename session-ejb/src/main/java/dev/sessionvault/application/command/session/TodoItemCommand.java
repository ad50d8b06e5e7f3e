package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.domain.todo.TodoContent;
import dev.sessionvault.domain.todo.TodoStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One item of a todo list; its status by wire name ({@code in_progress}). */
public record TodoItemCommand(
    @NotBlank @Size(max = 4000) String content,
    @NotNull @WireName(TodoStatus.class) String status,
    @Size(max = 4000) String activeForm) {

  /** Items per list at most. */
  public static final int MAX_ITEMS = 500;

  public TodoContent toDomain() {
    return new TodoContent(
        content, WireNames.parse(TodoStatus.class, status).orElse(null), activeForm);
  }
}
