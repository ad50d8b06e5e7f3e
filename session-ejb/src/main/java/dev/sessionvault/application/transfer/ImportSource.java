package dev.sessionvault.application.transfer;

import java.util.Iterator;

/**
 * A large import body kept aside (a temporary copy) to be read by a background job: its sessions,
 * read when the job runs, and how far reading has come.
 */
public interface ImportSource extends AutoCloseable {
  /** The sessions, read as they are asked for. */
  Iterator<ImportItem> items();

  long bytesTotal();

  long bytesRead();

  /** Frees the copy. */
  @Override
  void close();
}
