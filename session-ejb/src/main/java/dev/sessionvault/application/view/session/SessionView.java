package dev.sessionvault.application.view.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A session with its settings and exact aggregates; {@code version} is also sent as the ETag. */
public record SessionView(
    UUID id,
    String externalId,
    String name,
    String summary,
    String type,
    String agent,
    String environment,
    String model,
    UUID projectId,
    UUID parentId,
    Long forkedAtSeq,
    String component,
    String projectPath,
    String gitBranch,
    String status,
    SessionConfigView config,
    Map<String, Object> llmConfig,
    Map<String, Object> metadata,
    Map<String, Object> state,
    List<String> tags,
    String error,
    int schemaVersion,
    String preview,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt,
    Instant closedAt,
    long version,
    long messageCount,
    long turnCount,
    long inputTokens,
    long outputTokens,
    long cacheReadTokens,
    long cacheWriteTokens,
    BigDecimal totalCostUsd,
    int activeTodoCount,
    long interactionCount) {}
