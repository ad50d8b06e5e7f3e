package dev.sessionvault.domain.search;

import java.util.List;

/** A page of matching sessions, the exact number of matching sessions and of hits. */
public record SessionResults(List<SessionHits> sessions, long totalSessions, long totalHits) {}
