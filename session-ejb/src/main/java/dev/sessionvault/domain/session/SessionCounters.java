package dev.sessionvault.domain.session;

import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;

/**
 * The exact aggregates of everything appended to a session. Immutable: each change makes new
 * counters, checked before the session takes them, so a failed append changes nothing.
 */
@Embeddable
public record SessionCounters(
    @Column(name = "message_count", nullable = false) long messageCount,
    @Column(name = "turn_count", nullable = false) long turnCount,
    @Embedded TokenCounts tokens,
    @Column(name = "total_cost_usd", nullable = false) BigDecimal totalCostUsd,
    @Column(name = "active_todo_count", nullable = false) int activeTodoCount,
    @Column(name = "interaction_count", nullable = false) long interactionCount) {

  /** What the total_cost_usd column (numeric(20, 8)) holds. */
  public static final BigDecimal MAX_TOTAL_COST_USD = new BigDecimal("999999999999.99999999");

  public static final SessionCounters NONE =
      new SessionCounters(0, 0, TokenCounts.NONE, BigDecimal.ZERO, 0, 0);

  /**
   * With one more message.
   *
   * @throws ValidationException when the token totals would overflow or the cost exceed its column
   */
  SessionCounters plusMessage(boolean completesTurn, TokenCounts messageTokens, BigDecimal cost) {
    TokenCounts newTokens = sum(tokens, messageTokens);
    BigDecimal newTotalCost = cost == null ? totalCostUsd : totalCostUsd.add(cost);
    if (newTotalCost.compareTo(MAX_TOTAL_COST_USD) > 0) {
      throw new ValidationException(
          "costUsd",
          "the session's total cost would exceed " + MAX_TOTAL_COST_USD.toPlainString() + " USD");
    }
    return new SessionCounters(
        messageCount + 1,
        completesTurn ? turnCount + 1 : turnCount,
        newTokens,
        newTotalCost,
        activeTodoCount,
        interactionCount);
  }

  /**
   * With one message's usage corrected: a transcript read again showed more of a response than the
   * first read did.
   *
   * @throws ValidationException when the token totals would overflow or the cost exceed its column
   */
  SessionCounters withUsageCorrected(
      TokenCounts before, BigDecimal costBefore, TokenCounts after, BigDecimal costAfter) {
    TokenCounts without =
        new TokenCounts(
            Math.max(0, tokens.input() - before.input()),
            Math.max(0, tokens.output() - before.output()),
            Math.max(0, tokens.cacheRead() - before.cacheRead()),
            Math.max(0, tokens.cacheWrite() - before.cacheWrite()));
    BigDecimal newTotalCost =
        totalCostUsd
            .subtract(costBefore == null ? BigDecimal.ZERO : costBefore)
            .add(costAfter == null ? BigDecimal.ZERO : costAfter)
            .max(BigDecimal.ZERO);
    if (newTotalCost.compareTo(MAX_TOTAL_COST_USD) > 0) {
      throw new ValidationException(
          "costUsd",
          "the session's total cost would exceed " + MAX_TOTAL_COST_USD.toPlainString() + " USD");
    }
    return new SessionCounters(
        messageCount,
        turnCount,
        sum(without, after),
        newTotalCost,
        activeTodoCount,
        interactionCount);
  }

  SessionCounters withActiveTodos(int activeTodos) {
    return new SessionCounters(
        messageCount, turnCount, tokens, totalCostUsd, activeTodos, interactionCount);
  }

  SessionCounters plusInteraction() {
    return new SessionCounters(
        messageCount, turnCount, tokens, totalCostUsd, activeTodoCount, interactionCount + 1);
  }

  private static TokenCounts sum(TokenCounts a, TokenCounts b) {
    try {
      return new TokenCounts(
          Math.addExact(a.input(), b.input()),
          Math.addExact(a.output(), b.output()),
          Math.addExact(a.cacheRead(), b.cacheRead()),
          Math.addExact(a.cacheWrite(), b.cacheWrite()));
    } catch (ArithmeticException e) {
      throw new ValidationException("tokens", "the session's token totals would overflow");
    }
  }
}
