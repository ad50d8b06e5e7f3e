package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportRejectedException;
import dev.sessionvault.application.transfer.ImportReport;
import dev.sessionvault.application.transfer.ImportResult;
import dev.sessionvault.application.transfer.ImportService;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.application.transfer.RedactionReport;
import dev.sessionvault.application.transfer.TranscriptSession;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.DomainException;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MEMBER})
public class DefaultImportService implements ImportService {
  private static final Logger LOG = Logger.getLogger(DefaultImportService.class.getName());

  @Inject SessionImporter importer;
  @Inject TranscriptImporter transcripts;
  @Inject AuditContext audit;
  @Inject RedactionReport redactions;
  @Resource SessionContext context;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(action = "session.import", target = "account")
  public ImportReport importAll(OnConflict onConflict, Iterator<ImportItem> items) {
    // Checked before anything is read, so a member learns it at once rather than per session.
    if (onConflict == OnConflict.REPLACE && !context.isCallerInRole(Roles.ADMIN)) {
      throw new AccessDeniedException("onConflict=replace needs the admin role");
    }
    RedactionCounts counts = new RedactionCounts();
    List<ImportResult> results = new ArrayList<>();
    // a fork imported after its parent links to the parent's id in this account
    Map<UUID, UUID> ids = new HashMap<>();
    while (items.hasNext()) {
      ImportItem item = items.next();
      if (item instanceof ImportedSession session) {
        ImportResult result = importOne(session, onConflict, ids, counts);
        if (result.id() != null && session.originalId() != null) {
          ids.put(session.originalId(), result.id());
        }
        results.add(result);
      } else if (item instanceof UnchangedTranscript same) {
        results.add(
            new ImportResult(
                same.source(),
                null,
                same.sessionId(),
                "unchanged",
                0,
                List.of("the file this session was last sent (SHA-256 " + same.sha256() + ")"),
                null,
                null,
                same.messages(),
                null));
      } else if (item instanceof TranscriptSession transcript) {
        results.add(sync(transcript, counts));
      } else if (item instanceof UnreadableSession unreadable) {
        results.add(
            failed(
                unreadable.source(),
                unreadable.originalId(),
                unreadable.status(),
                unreadable.errors()));
      }
    }
    ImportReport report =
        new ImportReport(
            count(results, "imported") + count(results, "replaced"),
            count(results, "skipped"),
            count(results, "failed"),
            results,
            counts.asMap(),
            count(results, "updated"),
            count(results, "unchanged"));
    redactions.counts().addAll(counts);
    if (report.failed() > 0
        && report.imported() + report.skipped() + report.updated() + report.unchanged() == 0) {
      throw new ImportRejectedException(report);
    }
    audit.detail("onConflict", onConflict.wireName());
    audit.detail("imported", report.imported());
    audit.detail("skipped", report.skipped());
    audit.detail("failed", report.failed());
    if (report.updated() + report.unchanged() > 0) {
      audit.detail("updated", report.updated());
      audit.detail("unchanged", report.unchanged());
    }
    audit.detail("redactions", counts.total());
    return report;
  }

  private ImportResult importOne(
      ImportedSession session, OnConflict policy, Map<UUID, UUID> ids, RedactionCounts counts) {
    UUID parent =
        session.parentId() == null
            ? null
            : ids.getOrDefault(session.parentId(), session.parentId());
    return guarded(
        session,
        counts,
        ofThisSession -> importer.importOne(session, policy, parent, ofThisSession));
  }

  private ImportResult sync(TranscriptSession transcript, RedactionCounts counts) {
    return guarded(
        transcript.session(), counts, ofThisSession -> transcripts.sync(transcript, ofThisSession));
  }

  /**
   * Runs one session's import, which either commits whole or fails whole: a failure becomes that
   * session's report entry; its redactions count only when it was kept.
   */
  private ImportResult guarded(
      ImportedSession session,
      RedactionCounts counts,
      Function<RedactionCounts, ImportResult> importing) {
    String original = session.originalId() == null ? null : session.originalId().toString();
    RedactionCounts ofThisSession = new RedactionCounts();
    try {
      ImportResult result = importing.apply(ofThisSession);
      counts.addAll(ofThisSession);
      return result;
    } catch (ValidationException e) {
      return failed(session.source(), original, 400, e.errors());
    } catch (ResourceNotFoundException e) {
      return failed(
          session.source(),
          original,
          404,
          List.of(new FieldError(session.source(), e.getMessage())));
    } catch (AccessDeniedException e) {
      return failed(
          session.source(),
          original,
          403,
          List.of(new FieldError(session.source(), e.getMessage())));
    } catch (DomainException e) {
      return failed(
          session.source(),
          original,
          409,
          List.of(new FieldError(session.source(), e.getMessage())));
    } catch (RuntimeException e) {
      // the others still import; this one rolled back, and the log keeps why
      LOG.log(Level.SEVERE, "import of " + session.source() + " failed", e);
      return failed(
          session.source(),
          original,
          500,
          List.of(new FieldError(session.source(), "could not be stored; nothing of it was kept")));
    }
  }

  private static ImportResult failed(
      String source, String originalId, int status, List<FieldError> errors) {
    return new ImportResult(source, originalId, null, "failed", 0, List.of(), status, errors);
  }

  private static int count(List<ImportResult> results, String outcome) {
    return (int) results.stream().filter(r -> r.outcome().equals(outcome)).count();
  }
}
