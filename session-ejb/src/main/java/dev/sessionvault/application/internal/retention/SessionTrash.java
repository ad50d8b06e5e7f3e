package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.internal.transfer.ExportRedaction;
import dev.sessionvault.application.internal.transfer.SessionExporter;
import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.SessionDocumentFormats;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.domain.retention.DeletionReason;
import dev.sessionvault.domain.retention.TrashRepository;
import dev.sessionvault.domain.retention.TrashedSession;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.transcript.TranscriptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves a session to the trash in the caller's transaction: its lossless document (the canonical
 * JSON export, unredacted) and its kept transcript go into a trash entry, then the session's rows
 * and index documents go. Every listing, search and total leaves it out from then on, and its id
 * and externalId are free; a restore imports the document again.
 */
@ApplicationScoped
public class SessionTrash {
  @Inject SessionExporter exporter;
  @Inject ExportRedaction redaction;
  @Inject SessionDocumentFormats formats;
  @Inject TranscriptRepository transcripts;
  @Inject TrashRepository trash;
  @Inject SessionRepository sessions;
  @Inject ConversationIndex index;
  @Inject StorageQuotas quotas;

  @Inject
  @ConfigProperty(name = "sessionvault.trash.days", defaultValue = "7")
  int trashDays;

  /** The grace period of a deleted session. */
  public int trashDays() {
    return trashDays;
  }

  /**
   * Moves the (locked) session to the trash; returns its entry. The session instance is detached
   * afterwards, with everything else the transaction had loaded.
   */
  public TrashedSession trash(Session session, DeletionReason reason, Instant now) {
    TrashedSession entry =
        new TrashedSession(
            session,
            reason,
            document(session),
            transcripts.find(session.id()),
            now,
            Duration.ofDays(trashDays));
    // the document's export loaded every part of the session into this transaction: forget them,
    // or they would point at a removed session when it commits (and a long session stay in memory)
    sessions.forgetLoaded();
    Session current =
        sessions
            .findForUpdate(session.accountId(), session.id())
            .orElseThrow(() -> new IllegalStateException("session " + session.id() + " vanished"));
    trash.add(entry);
    index.removeSession(current.id());
    sessions.remove(current);
    quotas.forget(current.accountId()); // room was made: the next write reads the account again
    return entry;
  }

  private byte[] document(Session session) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      SessionDocumentWriter writer = formats.open(ExportFormat.JSON, gzip);
      exporter.write(session, writer, redaction.keepEverything());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the trash document of " + session.id(), e);
    }
    return bytes.toByteArray();
  }
}
