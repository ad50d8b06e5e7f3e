package dev.sessionvault.application;

import dev.sessionvault.application.view.BackupView;

/** A consistent copy of the embedded database, taken while the server runs (operators). */
public interface BackupService {
  /**
   * Writes the copy into a dated file under the data directory's {@code backups} folder.
   *
   * @throws dev.sessionvault.domain.shared.ConflictException on PostgreSQL, which pg_dump backs up
   */
  BackupView backup();
}
