package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.transfer.ForkService;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoContent;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class DefaultForkService implements ForkService {
  @Inject ProjectScope scope;
  @Inject SessionRepository sessions;
  @Inject MessageRepository messages;
  @Inject TodoRepository todos;
  @Inject AuditContext audit;

  @Override
  @Audited(action = "session.fork", target = "session")
  public SessionView fork(UUID sessionId, Long atSeq) {
    Session parent = scope.find(sessionId);
    long last = atSeq == null ? parent.counters().messageCount() : atSeq;
    Instant now = Timestamps.now();
    Session fork = parent.fork(last, now);
    sessions.add(fork);
    try {
      SeqRange.forEach(
          last,
          (after, limit) -> messages.listAfter(parent, after, limit),
          Message::seq,
          message -> messages.add(Message.append(fork, message.asContent(), now)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a fork writes to no stream: not reached
    }
    List<TodoContent> items =
        todos.list(parent).stream()
            .map(todo -> new TodoContent(todo.content(), todo.status(), todo.activeForm()))
            .toList();
    if (!items.isEmpty()) {
      todos.replace(fork, Todo.replaceList(fork, items, now));
    }
    audit.detail("parent", parent.id().toString());
    audit.detail("atSeq", last);
    return Views.session(fork);
  }
}
