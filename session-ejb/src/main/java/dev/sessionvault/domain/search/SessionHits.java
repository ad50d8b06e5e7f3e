package dev.sessionvault.domain.search;

import java.util.List;
import java.util.UUID;

/** A session that matched: its best hits and how many of its documents matched. */
public record SessionHits(
    UUID sessionId,
    String sessionName,
    String agent,
    String model,
    UUID projectId,
    String status,
    float bestScore,
    long matchCount,
    List<SearchHit> topHits) {}
