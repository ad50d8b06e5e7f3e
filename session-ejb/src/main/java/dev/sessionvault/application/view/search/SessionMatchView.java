package dev.sessionvault.application.view.search;

import java.util.List;
import java.util.UUID;

/** A matching session: its best score, how many of its documents matched, its top hits. */
public record SessionMatchView(
    UUID sessionId,
    String sessionName,
    String agent,
    String model,
    UUID projectId,
    String status,
    float score,
    long matchCount,
    List<SearchHitView> hits) {}
