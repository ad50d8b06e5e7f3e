package dev.sessionvault.application.view;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit record as the audit API shows it. {@code accountId} is null for deployment-wide events;
 * {@code seq}, {@code previousHash} and {@code hash} place it in its chain.
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
    JsonObject detail,
    String previousHash,
    String hash) {}
