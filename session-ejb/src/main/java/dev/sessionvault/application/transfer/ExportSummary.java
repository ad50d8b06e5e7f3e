package dev.sessionvault.application.transfer;

import java.util.Map;

/** What an export wrote: counts of parts, and of secrets replaced per detector. */
public record ExportSummary(
    long messages, long todos, long interactions, Map<String, Long> redactions) {}
