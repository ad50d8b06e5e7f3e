package dev.sessionvault.application.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Tokens and cost of the caller's sessions over [{@code from}, {@code to}), by day, model or
 * project ({@code by}), with the total.
 */
public record UsageView(String by, Instant from, Instant to, List<Row> rows, Row total) {

  /** One day, model or project; {@code key} null for messages with no model or project. */
  public record Row(
      String key,
      long sessions,
      long messages,
      long inputTokens,
      long outputTokens,
      long cacheReadTokens,
      long cacheWriteTokens,
      BigDecimal costUsd) {}
}
