package dev.sessionvault.web.api.transfer.transcript;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import java.util.Iterator;

/** The sessions of one assistant transcript, read from its spooled copy as they are asked for. */
public interface TranscriptReader extends Iterator<ImportItem>, AutoCloseable {
  /** Lets go of the copy (the caller deletes it). */
  @Override
  void close();

  /** A file recognised before it was read: its one item says which session it was sent for. */
  static TranscriptReader of(UnchangedTranscript same) {
    return new TranscriptReader() {
      private boolean given;

      @Override
      public boolean hasNext() {
        return !given;
      }

      @Override
      public ImportItem next() {
        if (given) {
          throw new java.util.NoSuchElementException();
        }
        given = true;
        return same;
      }

      @Override
      public void close() {}
    };
  }
}
