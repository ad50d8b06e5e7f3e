package dev.sessionvault.domain.interaction;

import java.time.Instant;

/** A command the assistant ran and what came back. */
public record InteractionContent(
    String command, String result, Integer exitCode, Instant startedAt, Instant finishedAt) {}
