package dev.sessionvault.application.view.session;

import java.time.Instant;
import java.util.UUID;

/** One command/result pair of a session. */
public record InteractionView(
    UUID id,
    long seq,
    String command,
    String result,
    Integer exitCode,
    Instant startedAt,
    Instant finishedAt,
    Instant createdAt) {}
