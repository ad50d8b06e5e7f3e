package dev.sessionvault.application.transfer;

import java.util.List;
import java.util.Map;

/**
 * What an import did, session by session, and how many secrets it replaced per detector; {@code
 * updated} and {@code unchanged} count the sessions of transcripts read again.
 */
public record ImportReport(
    int imported,
    int skipped,
    int failed,
    List<ImportResult> sessions,
    Map<String, Long> redactions,
    int updated,
    int unchanged) {

  public ImportReport(
      int imported,
      int skipped,
      int failed,
      List<ImportResult> sessions,
      Map<String, Long> redactions) {
    this(imported, skipped, failed, sessions, redactions, 0, 0);
  }
}
