package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.UUID;

/** An account with what it stores, as operators list them. */
public record AccountUsageView(
    UUID id, String name, String displayName, Instant createdAt, StorageUsageView usage) {}
