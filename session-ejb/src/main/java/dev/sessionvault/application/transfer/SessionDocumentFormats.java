package dev.sessionvault.application.transfer;

import java.io.OutputStream;

/** Where the writer of each export format comes from (infrastructure implements it). */
public interface SessionDocumentFormats {
  SessionDocumentWriter open(ExportFormat format, OutputStream out);
}
