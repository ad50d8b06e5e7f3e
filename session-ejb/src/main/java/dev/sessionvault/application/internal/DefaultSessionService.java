package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.SessionService;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.session.ChangeStatusCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.EditSessionCommand;
import dev.sessionvault.application.command.session.SessionFields;
import dev.sessionvault.application.command.session.SessionListQuery;
import dev.sessionvault.application.internal.retention.SessionTrash;
import dev.sessionvault.application.transfer.RedactionReport;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionStateView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.retention.DeletionReason;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.SessionCopy;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.Versions;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultSessionService implements SessionService {
  @Inject SessionTrash trash;
  @Inject CallerContext caller;
  @Inject AuditContext audit;
  @Inject SessionRepository sessions;
  @Inject MessageRepository messages;
  @Inject TodoRepository todos;
  @Inject ProjectReferences projectReferences;
  @Inject Validator validator;
  @Inject IngestRedaction redaction;
  @Inject RedactionReport redactions;
  @Inject ConversationIndex index;
  @Inject ProjectScope scope;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "session.create", target = "session")
  public SessionView create(CreateSessionCommand command) {
    UUID account = caller.accountId();
    SessionStatus initial = command.initialStatus();
    if (initial != null && !SessionStatus.initialStatuses().contains(initial)) {
      throw new ValidationException(
          "status",
          "a new session starts as 'initializing' (the default) or 'active', not '"
              + command.status()
              + "'");
    }
    UUID project = scope.projectForNewSession(command.projectId());
    projectReferences.requireExisting(account, project);
    if (command.externalId() != null) {
      sessions
          .findIdByExternalId(account, command.externalId())
          .ifPresent(
              existing -> {
                throw new AlreadyExistsException(
                    "a session with externalId '" + command.externalId() + "' already exists",
                    existing);
              });
    }
    Session session =
        new Session(
            account,
            redaction.details(command.toDetails().withProjectId(project), redactions.counts()),
            Timestamps.now());
    sessions.add(session);
    return Views.session(session);
  }

  @Override
  public SessionView get(UUID id) {
    return Views.session(find(id));
  }

  @Override
  public PageView<SessionView> list(SessionListQuery query) {
    return Views.page(
        sessions.list(
            caller.accountId(),
            query.criteria().withProjectId(scope.projectFilter(query.criteria().projectId())),
            query.sorting(),
            new PageRequest(query.page(), query.size())),
        Views::session);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "session.update", target = "session")
  public SessionView patch(UUID id, EditSessionCommand command, OptionalLong ifMatch) {
    UUID account = caller.accountId();
    Session session = scope.findForUpdate(id);
    Versions.requireCurrent("session", ifMatch, session.version());
    audit.detail("fields", command.fields());
    SessionFields edit =
        EditResults.requireValid(command.applyTo(SessionFields.of(session)), validator);
    if (!Objects.equals(edit.projectId(), session.projectId())) {
      scope.requireWithin(edit.projectId(), "move sessions to");
      projectReferences.requireExisting(account, edit.projectId());
    }
    SessionCopy copyBefore = index.copyOf(session);
    session.edit(redaction.edits(edit.toDomain(), redactions.counts()), Timestamps.now());
    sessions.flush();
    index.editDone(session, copyBefore);
    return Views.session(session);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "session.status", target = "session")
  public SessionView changeStatus(UUID id, ChangeStatusCommand command, OptionalLong ifMatch) {
    Session session = scope.findForUpdate(id);
    Versions.requireCurrent("session", ifMatch, session.version());
    SessionStatus before = session.status();
    session.moveTo(
        command.target(), redaction.text(command.error(), redactions.counts()), Timestamps.now());
    audit.detail("from", before);
    audit.detail("to", session.status());
    sessions.flush();
    return Views.session(session);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
  @Audited(action = "session.delete", target = "session")
  public void delete(UUID id, OptionalLong ifMatch) {
    Session session = scope.findForUpdate(id);
    Versions.requireCurrent("session", ifMatch, session.version());
    trash.trash(session, DeletionReason.DELETED, Timestamps.now());
  }

  @Override
  public SessionStateView state(UUID id, int lastMessages) {
    Session session = find(id);
    List<TodoView> todoViews = todos.list(session).stream().map(Views::todo).toList();
    List<MessageView> recent =
        lastMessages == 0
            ? List.of()
            : messages.listLast(session, lastMessages).stream().map(Views::message).toList();
    return new SessionStateView(
        Views.session(session),
        todoViews,
        recent,
        session.counters().messageCount() - recent.size());
  }

  private Session find(UUID id) {
    return scope.find(id);
  }
}
