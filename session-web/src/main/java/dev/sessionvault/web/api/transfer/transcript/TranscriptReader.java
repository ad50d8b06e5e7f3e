package dev.sessionvault.web.api.transfer.transcript;

import dev.sessionvault.application.transfer.ImportItem;
import java.util.Iterator;

/** The sessions of one assistant transcript, read from its spooled copy as they are asked for. */
public interface TranscriptReader extends Iterator<ImportItem>, AutoCloseable {
  /** Lets go of the copy (the caller deletes it). */
  @Override
  void close();
}
