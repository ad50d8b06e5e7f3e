package dev.sessionvault.application.view.search;

import java.time.Instant;

/**
 * A rebuild of the search index: {@code state} is idle, running, completed or failed; {@code done}
 * of {@code total} entities, with the rate and the estimated seconds left while running.
 */
public record ReindexView(
    String state,
    String reason,
    long done,
    long total,
    int percent,
    double ratePerSecond,
    Long etaSeconds,
    Instant startedAt,
    Instant finishedAt,
    String error) {}
