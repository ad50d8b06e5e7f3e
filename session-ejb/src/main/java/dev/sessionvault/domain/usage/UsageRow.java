package dev.sessionvault.domain.usage;

import dev.sessionvault.domain.shared.TokenCounts;
import java.math.BigDecimal;

/**
 * The usage of one day, model or project: how many sessions and messages, their tokens and cost.
 *
 * @param key the day ({@code 2026-12-05}), the model, or the project key; null for messages with no
 *     model, or sessions in no project
 */
public record UsageRow(
    String key, long sessions, long messages, TokenCounts tokens, BigDecimal costUsd) {}
