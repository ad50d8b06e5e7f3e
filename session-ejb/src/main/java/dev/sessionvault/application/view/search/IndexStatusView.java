package dev.sessionvault.application.view.search;

import java.time.Instant;

/**
 * How far the search index trails the database. {@code pendingChanges} counts what is committed but
 * not yet searchable: indexing events ({@code pendingEvents}) and edited sessions whose copies are
 * still being refreshed ({@code pendingRefreshes}); {@code lagSeconds} is the age of the oldest
 * pending event. With {@code ?counts=true}, {@code documents} in the index against the {@code rows}
 * they come from (equal once caught up; null otherwise: counting reads every table's size), and the
 * current or last {@code rebuild}.
 */
public record IndexStatusView(
    boolean caughtUp,
    long pendingChanges,
    long pendingEvents,
    long pendingRefreshes,
    Instant oldestPendingAt,
    double lagSeconds,
    Long documents,
    Long rows,
    ReindexView rebuild) {}
