package dev.sessionvault.domain.cost;

import java.math.BigDecimal;

/**
 * USD per million tokens of each kind. Cache writes have two rates: entries kept five minutes and
 * entries kept an hour (Anthropic prices the hour at twice the input rate, not at the five-minute
 * rate). A provider without cache writes has them at zero.
 */
public record Rates(
    BigDecimal input,
    BigDecimal output,
    BigDecimal cacheRead,
    BigDecimal cacheWrite5m,
    BigDecimal cacheWrite1h) {

  public Rates {
    for (BigDecimal rate :
        new BigDecimal[] {input, output, cacheRead, cacheWrite5m, cacheWrite1h}) {
      if (rate == null || rate.signum() < 0) {
        throw new IllegalArgumentException("every rate is required and at least 0");
      }
    }
  }
}
