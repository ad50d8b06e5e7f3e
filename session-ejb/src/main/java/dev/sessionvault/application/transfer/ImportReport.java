package dev.sessionvault.application.transfer;

import java.util.List;
import java.util.Map;

/** What an import did, session by session, and how many secrets it replaced per detector. */
public record ImportReport(
    int imported,
    int skipped,
    int failed,
    List<ImportResult> sessions,
    Map<String, Long> redactions) {}
