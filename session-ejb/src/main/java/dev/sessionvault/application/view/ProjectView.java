package dev.sessionvault.application.view;

import java.time.Instant;
import java.util.UUID;

/** A project; {@code version} is also sent as the ETag. */
public record ProjectView(
    UUID id,
    String key,
    String name,
    String rootPath,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
