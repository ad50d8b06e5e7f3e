package dev.sessionvault.application.transfer;

import java.util.Map;

/** What an export wrote: counts of sessions and parts, and of secrets replaced per detector. */
public record ExportSummary(
    long sessions, long messages, long todos, long interactions, Map<String, Long> redactions) {}
