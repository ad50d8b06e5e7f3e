package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * A deleted session in the trash: {@code id} is the entry's, {@code sessionId} the session's (which
 * a restore brings back). {@code reason}: max_age, max_sessions, quota or deleted.
 */
public record TrashEntryView(
    UUID id,
    UUID sessionId,
    String externalId,
    String name,
    UUID projectId,
    String status,
    Instant lastActivityAt,
    long messages,
    long contentBytes,
    String reason,
    Instant trashedAt,
    Instant purgeAfter,
    long storedBytes) {}
