package dev.sessionvault.domain.message;

import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.TokenCounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a client says about a message; the session assigns its place (seq) in the
 * conversation. The timestamp is kept to the microsecond, as stored.
 */
public record MessageContent(
    String externalId,
    String parentExternalId,
    MessageRole role,
    String content,
    List<Map<String, Object>> blocks,
    String toolName,
    String toolCallId,
    String model,
    TokenCounts tokens,
    BigDecimal costUsd,
    Instant timestamp) {
  public MessageContent {
    timestamp = Timestamps.normalize(timestamp);
  }

  /** The same message with other text and blocks (what redaction leaves of them). */
  public MessageContent withText(String newContent, List<Map<String, Object>> newBlocks) {
    return new MessageContent(
        externalId,
        parentExternalId,
        role,
        newContent,
        newBlocks,
        toolName,
        toolCallId,
        model,
        tokens,
        costUsd,
        timestamp);
  }
}
