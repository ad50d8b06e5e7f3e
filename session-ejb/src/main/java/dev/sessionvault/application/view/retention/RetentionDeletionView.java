package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * A session a retention policy deletes.
 *
 * @param ageDays whole days since {@code lastUsedAt} (its close, or its last activity while open)
 * @param storageBytes its content and kept transcript, as the quota counts them
 * @param reason the limit that deletes it: max_age, max_sessions or quota
 */
public record RetentionDeletionView(
    UUID sessionId,
    String name,
    UUID projectId,
    String status,
    Instant lastUsedAt,
    long ageDays,
    long messages,
    long storageBytes,
    String reason) {}
