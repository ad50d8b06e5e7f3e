package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.transfer.BackupArchive;
import dev.sessionvault.application.transfer.BackupSelection;
import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.ExportService;
import dev.sessionvault.application.transfer.ExportSummary;
import dev.sessionvault.application.transfer.SessionDocumentFormats;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Exports and backups run without a transaction: every query's entities are detached once it
 * returns, so memory stays flat, and a slow reader cannot run into the transaction timeout.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER})
public class DefaultExportService implements ExportService {
  private static final int SESSIONS_PER_PAGE = 100;

  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject SessionRepository sessions;
  @Inject SessionDocumentFormats formats;
  @Inject SessionExporter exporter;
  @Inject ExportRedaction redaction;
  @Inject AuditContext audit;
  @Resource SessionContext context;

  @Override
  public SessionView describe(UUID sessionId) {
    return Views.session(scope.find(sessionId));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(action = "session.export", target = "session", targetParameter = 0)
  public ExportSummary export(UUID sessionId, ExportFormat format, OutputStream out) {
    Session session = scope.find(sessionId);
    ExportRedaction.Run run = redaction.start();
    try {
      SessionExporter.Written written = exporter.write(session, formats.open(format, out), run);
      audit.detail("format", format.wireName());
      audit.detail("messages", written.messages());
      audit.detail("redactions", run.total());
      return new ExportSummary(
          1, written.messages(), written.todos(), written.interactions(), run.counts());
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written", e);
    }
  }

  @Override
  public void checkBackup(BackupSelection selection) {
    if (!selection.byIds()) {
      if (!context.isCallerInRole(Roles.ADMIN)) {
        throw new AccessDeniedException(
            "a backup selected by filters is an admin's; name the sessions by their ids");
      }
      scope.requireAccountWide("export sessions by filters");
      return;
    }
    selection.ids().forEach(scope::find);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(action = "session.backup", target = "account")
  public ExportSummary backup(BackupSelection selection, OutputStream out) {
    checkBackup(selection);
    BackupArchive archive = formats.openBackup(out);
    RedactionCounts redactions = new RedactionCounts();
    Totals totals = new Totals();
    try {
      if (selection.byIds()) {
        for (UUID id : selection.ids()) {
          totals.add(write(scope.find(id), archive, redactions));
        }
      } else {
        for (int page = 1; ; page++) {
          Page<Session> found =
              sessions.list(
                  caller.accountId(),
                  selection.filters().criteria(),
                  selection.filters().sorting(),
                  new PageRequest(page, SESSIONS_PER_PAGE));
          for (Session session : found.items()) {
            totals.add(write(session, archive, redactions));
          }
          if (found.items().size() < SESSIONS_PER_PAGE) {
            break;
          }
        }
      }
      archive.finish(redactions.asMap());
    } catch (IOException e) {
      throw new UncheckedIOException("the backup could not be written", e);
    }
    audit.detail("sessions", totals.sessions);
    audit.detail("messages", totals.messages);
    audit.detail("redactions", redactions.total());
    return new ExportSummary(
        totals.sessions, totals.messages, totals.todos, totals.interactions, redactions.asMap());
  }

  private SessionExporter.Written write(
      Session session, BackupArchive archive, RedactionCounts redactions) throws IOException {
    ExportRedaction.Run run = redaction.start();
    SessionExporter.Written written =
        exporter.write(session, archive.startSession(session.id()), run);
    archive.endSession(written.messages());
    run.addTo(redactions);
    return written;
  }

  /** What a backup has written so far. */
  private static final class Totals {
    long sessions;
    long messages;
    long todos;
    long interactions;

    void add(SessionExporter.Written written) {
      sessions++;
      messages += written.messages();
      todos += written.todos();
      interactions += written.interactions();
    }
  }
}
