package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.ExportService;
import dev.sessionvault.application.transfer.ExportSummary;
import dev.sessionvault.application.transfer.SessionDocumentFormats;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultExportService implements ExportService {
  @Inject ProjectScope scope;
  @Inject MessageRepository messages;
  @Inject TodoRepository todos;
  @Inject InteractionRepository interactions;
  @Inject SessionDocumentFormats formats;
  @Inject ExportRedaction redaction;
  @Inject AuditContext audit;

  @Override
  public SessionView describe(UUID sessionId) {
    return Views.session(scope.find(sessionId));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(action = "session.export", target = "session", targetParameter = 0)
  public ExportSummary export(UUID sessionId, ExportFormat format, OutputStream out) {
    // Without a transaction every query's entities are detached once it returns, and a slow
    // reader cannot run into the transaction timeout.
    Session session = scope.find(sessionId);
    ExportRedaction.Run run = redaction.start();
    SessionDocumentWriter writer = formats.open(format, out);
    try {
      writer.session(run.session(Views.session(session)));
      // up to the counts seen at the start, so that a concurrent append is not half in
      long messageCount =
          SeqRange.forEach(
              session.counters().messageCount(),
              (after, limit) -> messages.listAfter(session, after, limit),
              Message::seq,
              message -> writer.message(run.message(Views.message(message, session.id()))));
      List<Todo> list = todos.list(session);
      writer.todos(list.stream().map(Views::todo).map(run::todo).toList());
      long interactionCount =
          SeqRange.forEach(
              session.counters().interactionCount(),
              (after, limit) -> interactions.listAfter(session, after, limit),
              Interaction::seq,
              interaction -> writer.interaction(run.interaction(Views.interaction(interaction))));
      writer.end(run.counts());
      ExportSummary summary =
          new ExportSummary(messageCount, list.size(), interactionCount, run.counts());
      audit.detail("format", format.wireName());
      audit.detail("messages", summary.messages());
      audit.detail("redactions", run.total());
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written", e);
    }
  }
}
