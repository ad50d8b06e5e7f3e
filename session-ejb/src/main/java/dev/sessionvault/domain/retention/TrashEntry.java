package dev.sessionvault.domain.retention;

import dev.sessionvault.domain.session.SessionStatus;
import java.time.Instant;
import java.util.UUID;

/** What the trash lists of a deleted session (without its document). */
public record TrashEntry(
    UUID id,
    UUID sessionId,
    String externalId,
    String name,
    UUID projectId,
    SessionStatus status,
    Instant lastActivityAt,
    long messageCount,
    long contentBytes,
    DeletionReason reason,
    Instant trashedAt,
    Instant purgeAfter,
    long storedBytes) {}
