package dev.sessionvault.application.transfer;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * The backup format, written session by session: one canonical document per session, then a
 * manifest (format version, counts, a checksum of every entry, redaction counts).
 */
public interface BackupArchive {
  /** Starts the session's entry; its document is written through the writer returned. */
  SessionDocumentWriter startSession(UUID sessionId) throws IOException;

  /** Ends the entry started last, which held this many messages. */
  void endSession(long messages) throws IOException;

  /** Writes the manifest and completes the archive; the stream stays open. */
  void finish(Map<String, Long> redactions) throws IOException;
}
