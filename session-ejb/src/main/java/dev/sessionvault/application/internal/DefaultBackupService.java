package dev.sessionvault.application.internal;

import dev.sessionvault.application.BackupService;
import dev.sessionvault.application.DatabaseBackup;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.view.BackupView;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed(Roles.OPERATOR)
public class DefaultBackupService implements BackupService {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  @Inject DatabaseBackup database;
  @Inject AuditContext audit;

  /** The server.xml variable, which Liberty passes to MicroProfile Config. */
  @Inject
  @ConfigProperty(name = "sessionvault.data.dir")
  String dataDir;

  @Override
  @Audited(action = "backup.create", target = "backup")
  public BackupView backup() {
    if (!database.supported()) {
      throw new ConflictException(
          "this server stores its data in PostgreSQL: back it up with pg_dump, and rebuild the"
              + " search index after a restore (README.md, \"Backup and restore\")");
    }
    Instant now = Timestamps.now();
    Path folder = Path.of(dataDir, "backups").toAbsolutePath();
    Path file = folder.resolve("sessionvault-" + STAMP.format(now) + ".zip");
    try {
      Files.createDirectories(folder);
      database.copyTo(file);
      long bytes = Files.size(file);
      audit.target(file.getFileName().toString());
      audit.detail("bytes", bytes);
      return new BackupView(
          file.toString(),
          bytes,
          now,
          "stop the server, unzip the file into <data dir>/db of a fresh data directory, start the"
              + " server on it (SESSIONVAULT_DATA_DIR): the search index is rebuilt at startup");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the backup to " + file, e);
    }
  }
}
