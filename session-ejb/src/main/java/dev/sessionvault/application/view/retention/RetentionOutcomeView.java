package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.List;

/**
 * What a policy deletes (a preview) or deleted (a run) at {@code evaluatedAt}, oldest first, with
 * totals. A run moves them to the trash; {@code purged} counts trash entries whose grace period had
 * ended and that it removed for good (0 in a preview).
 */
public record RetentionOutcomeView(
    Instant evaluatedAt,
    boolean applied,
    List<RetentionDeletionView> sessions,
    long totalSessions,
    long totalMessages,
    long totalStorageBytes,
    long purged) {}
