package dev.sessionvault.application.transfer;

import dev.sessionvault.application.view.session.SessionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Sessions of the caller's reach written out as documents. Secrets are redacted on the way out,
 * whatever was stored, so a session kept from before a pattern existed still leaves clean.
 */
public interface ExportService {
  /** The session about to be exported: fails (not found, denied) before anything is streamed. */
  SessionView describe(@NotNull UUID sessionId);

  /**
   * Streams the session to {@code out}; the messages are read page by page outside any transaction,
   * so a large session or a slow reader holds neither memory nor a transaction. What is exported is
   * the session as {@link #describe} would have seen it when the export began.
   */
  ExportSummary export(
      @NotNull UUID sessionId, @NotNull ExportFormat format, @NotNull OutputStream out);

  /**
   * Checks that the caller may take this backup and that every session it names is in reach: fails
   * (denied, not found) before anything is streamed.
   */
  void checkBackup(@NotNull @Valid BackupSelection selection);

  /** Streams the backup archive of the selected sessions, each as it was when it was reached. */
  ExportSummary backup(@NotNull @Valid BackupSelection selection, @NotNull OutputStream out);
}
