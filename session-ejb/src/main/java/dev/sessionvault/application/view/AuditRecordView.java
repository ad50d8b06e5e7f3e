package dev.sessionvault.application.view;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One audit record as the audit API shows it. {@code accountId} is null for deployment-wide events;
 * {@code seq}, {@code previousHash} and {@code hash} place it in its chain; {@code detail} is the
 * recorded JSON object as plain Java (names, counts, flags).
 */
public record AuditRecordView(
    long id,
    UUID accountId,
    long seq,
    Instant occurredAt,
    String actorKind,
    UUID actorId,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    String outcome,
    String requestId,
    String clientAddress,
    Map<String, Object> detail,
    String previousHash,
    String hash) {}
