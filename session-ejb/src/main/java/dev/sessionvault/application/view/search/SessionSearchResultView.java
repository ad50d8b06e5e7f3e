package dev.sessionvault.application.view.search;

import java.util.List;

/** A page of matching sessions; {@code total} counts sessions, {@code totalHits} their hits. */
public record SessionSearchResultView(
    List<SessionMatchView> sessions,
    int page,
    int size,
    long total,
    long totalPages,
    long totalHits)
    implements SearchResponse {}
