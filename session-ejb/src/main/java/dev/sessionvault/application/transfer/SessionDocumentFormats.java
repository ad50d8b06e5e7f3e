package dev.sessionvault.application.transfer;

import java.io.OutputStream;

/** Where the writer of each export format comes from (infrastructure implements it). */
public interface SessionDocumentFormats {
  SessionDocumentWriter open(ExportFormat format, OutputStream out);

  /** The backup archive (a ZIP of canonical documents with a manifest). */
  BackupArchive openBackup(OutputStream out);
}
