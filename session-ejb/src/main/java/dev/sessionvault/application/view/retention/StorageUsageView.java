package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * What an account stores, against its quota.
 *
 * @param storageBytes what counts against the quota: content and kept transcripts
 * @param quotaBytes the account's quota; null: none
 * @param percentUsed storageBytes as a percentage of the quota; null without one
 * @param level ok, warning (80 % or more) or full (100 %: new content gets 507)
 * @param warnedAt when the account crossed 80 %, while it stays above
 */
public record StorageUsageView(
    UUID accountId,
    long sessions,
    long messages,
    long contentBytes,
    long transcriptBytes,
    long storageBytes,
    Long quotaBytes,
    Double percentUsed,
    String level,
    Instant warnedAt,
    long trashSessions,
    long trashBytes,
    Instant measuredAt) {}
