package dev.sessionvault.application;

import java.nio.file.Path;

/** The database's own online backup (infrastructure implements it). */
public interface DatabaseBackup {
  /** Whether the database can copy itself to a file (the embedded H2 can; PostgreSQL cannot). */
  boolean supported();

  /** Writes a transactionally consistent copy of the database to {@code file} (a ZIP). */
  void copyTo(Path file);
}
