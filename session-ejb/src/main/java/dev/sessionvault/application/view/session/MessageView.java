package dev.sessionvault.application.view.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One message of a conversation. */
public record MessageView(
    UUID id,
    UUID sessionId,
    long seq,
    String externalId,
    String parentExternalId,
    String role,
    String content,
    List<Map<String, Object>> blocks,
    String toolName,
    String toolCallId,
    String model,
    TokensView tokens,
    BigDecimal costUsd,
    Instant timestamp,
    Instant createdAt) {}
