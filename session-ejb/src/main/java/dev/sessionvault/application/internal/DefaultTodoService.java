package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.TodoService;
import dev.sessionvault.application.command.TodoItemCommand;
import dev.sessionvault.application.view.TodoListView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultTodoService implements TodoService {
  @Inject CallerContext caller;
  @Inject SessionRepository sessions;
  @Inject TodoRepository todos;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  public TodoListView replace(UUID sessionId, List<TodoItemCommand> items) {
    Session session =
        sessions
            .findForUpdate(caller.accountId(), sessionId)
            .orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    List<Todo> list =
        session.replaceTodos(
            items.stream().map(TodoItemCommand::toDomain).toList(), Timestamps.now());
    todos.replace(session, list);
    return view(list, session);
  }

  @Override
  public TodoListView list(UUID sessionId) {
    Session session =
        sessions
            .find(caller.accountId(), sessionId)
            .orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    return view(todos.list(session), session);
  }

  private static TodoListView view(List<Todo> list, Session session) {
    return new TodoListView(list.stream().map(Views::todo).toList(), session.activeTodoCount());
  }
}
