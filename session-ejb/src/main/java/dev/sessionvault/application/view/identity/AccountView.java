package dev.sessionvault.application.view.identity;

import java.time.Instant;
import java.util.UUID;

/** An account (tenant). */
public record AccountView(UUID id, String name, String displayName, Instant createdAt) {}
