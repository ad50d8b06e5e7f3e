package dev.sessionvault.application.transfer;

import java.nio.file.Path;

/**
 * The transcript file a session was read from, as it was sent: kept next to the session so that it
 * can be given back byte for byte.
 *
 * @param file a copy of it, readable while the import runs
 * @param length the file's length as the assistant wrote it
 * @param sha256 its SHA-256, lowercase hex
 * @param keptRedactions secrets already replaced in the file's start when that start is the kept
 *     copy the vault joined to an end sent alone (0 for a file sent whole)
 */
public record OriginalTranscript(
    String format, Path file, long length, String sha256, long keptRedactions) {

  public OriginalTranscript(String format, Path file, long length, String sha256) {
    this(format, file, length, sha256, 0);
  }
}
