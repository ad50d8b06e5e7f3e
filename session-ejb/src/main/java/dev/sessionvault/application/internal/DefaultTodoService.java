package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.TodoService;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.transfer.RedactionReport;
import dev.sessionvault.application.view.session.TodoListView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.session.Session;
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
  @Inject ProjectScope scope;
  @Inject TodoRepository todos;
  @Inject AuditContext audit;
  @Inject IngestRedaction redaction;
  @Inject RedactionReport redactions;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "todo.replace", target = "session", targetParameter = 0)
  public TodoListView replace(UUID sessionId, List<TodoItemCommand> items) {
    Session session = scope.findForUpdate(sessionId);
    List<Todo> list =
        Todo.replaceList(
            session,
            items.stream()
                .map(item -> redaction.todo(item.toDomain(), redactions.counts()))
                .toList(),
            Timestamps.now());
    todos.replace(session, list);
    audit.detail("todos", list.size());
    return view(list, session);
  }

  @Override
  public TodoListView list(UUID sessionId) {
    Session session = scope.find(sessionId);
    return view(todos.list(session), session);
  }

  private static TodoListView view(List<Todo> list, Session session) {
    return new TodoListView(
        list.stream().map(Views::todo).toList(), session.counters().activeTodoCount());
  }
}
