package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.internal.transfer.SessionImporter;
import dev.sessionvault.application.retention.TrashService;
import dev.sessionvault.application.transfer.ImportResult;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.retention.TrashEntryView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.retention.TrashRepository;
import dev.sessionvault.domain.retention.TrashedSession;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.transcript.TranscriptRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

@Stateless
@RolesAllowed(Roles.ADMIN)
public class DefaultTrashService implements TrashService {
  @Inject CallerContext caller;
  @Inject ProjectScope scope;
  @Inject TrashRepository trash;
  @Inject SessionRepository sessions;
  @Inject TranscriptRepository transcripts;
  @Inject SessionImporter importer;
  @Inject StorageQuotas quotas;
  @Inject AuditContext audit;

  @Override
  public PageView<TrashEntryView> list(int page, int size) {
    scope.requireAccountWide("read the trash");
    return Views.page(
        trash.list(caller.accountId(), new PageRequest(page, size)), RetentionViews::trashEntry);
  }

  @Override
  public InputStream document(UUID entryId) {
    scope.requireAccountWide("restore from the trash");
    try {
      return new GZIPInputStream(new ByteArrayInputStream(entry(entryId).document()));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable trash document " + entryId, e);
    }
  }

  @Override
  @Audited(action = "trash.restore", target = "session")
  public SessionView restore(UUID entryId, ImportedSession session) {
    scope.requireAccountWide("restore from the trash");
    UUID account = caller.accountId();
    TrashedSession entry = entry(entryId);
    audit.target(entry.sessionId());
    if (sessions.idTaken(entry.sessionId())) {
      throw new ConflictException(
          "a session with id " + entry.sessionId() + " exists again: the entry stays in the trash");
    }
    sessions
        .findIdByExternalId(account, entry.externalId() == null ? "" : entry.externalId())
        .ifPresent(
            other -> {
              throw new ConflictException(
                  "session "
                      + other
                      + " now holds externalId '"
                      + entry.externalId()
                      + "' (an assistant sent the session again): delete it to restore this one");
            });
    ImportResult restored =
        importer.importWithin(session, OnConflict.SKIP, session.parentId(), new RedactionCounts());
    entry.transcriptFor(restored.id()).ifPresent(transcripts::add);
    trash.remove(entry);
    quotas.forget(account);
    audit.detail("trashEntry", entryId.toString());
    audit.detail("messages", restored.messages());
    return Views.session(
        sessions
            .find(account, restored.id())
            .orElseThrow(() -> new ResourceNotFoundException("session", restored.id())));
  }

  @Override
  @Audited(action = "trash.purge", target = "trash-entry")
  public void purge(UUID entryId) {
    scope.requireAccountWide("purge the trash");
    if (!trash.delete(caller.accountId(), entryId)) {
      throw new ResourceNotFoundException("trash entry", entryId);
    }
  }

  private TrashedSession entry(UUID entryId) {
    return trash
        .findForUpdate(caller.accountId(), entryId)
        .orElseThrow(() -> new ResourceNotFoundException("trash entry", entryId));
  }
}
