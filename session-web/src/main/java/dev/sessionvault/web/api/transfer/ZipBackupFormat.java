package dev.sessionvault.web.api.transfer;

/** What the import knows of the backup archive's layout (written by the export's ZIP writer). */
final class ZipBackupFormat {
  static final String MANIFEST = "manifest.json";
  static final int FORMAT_VERSION = 1;

  private ZipBackupFormat() {}
}
