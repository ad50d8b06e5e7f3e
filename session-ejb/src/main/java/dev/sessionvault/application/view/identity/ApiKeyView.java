package dev.sessionvault.application.view.identity;

import java.time.Instant;
import java.util.UUID;

/** An API key as listings show it: never its secret, only the start of it ({@code prefix}). */
public record ApiKeyView(
    UUID id,
    String name,
    String prefix,
    String role,
    UUID projectId,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean active) {}
