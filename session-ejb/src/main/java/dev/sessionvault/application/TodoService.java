package dev.sessionvault.application;

import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.view.session.TodoListView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A session's todo list, replaced as a whole (no history is kept). */
public interface TodoService {
  TodoListView replace(
      @NotNull UUID sessionId,
      @NotNull @Size(max = TodoItemCommand.MAX_ITEMS) List<@NotNull @Valid TodoItemCommand> items);

  TodoListView list(@NotNull UUID sessionId);
}
