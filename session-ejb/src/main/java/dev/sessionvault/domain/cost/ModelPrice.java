package dev.sessionvault.domain.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price of one model: its rates, and the higher rates that apply to a whole request whose
 * prompt is above a number of tokens (Anthropic's 200k tier), with where the figures come from.
 *
 * @param longContextAbove prompt tokens above which {@code longContext} applies; null when the
 *     model has one price for every length
 */
public record ModelPrice(
    String model,
    Rates rates,
    Long longContextAbove,
    Rates longContext,
    String source,
    String asOf) {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Decimals a cost is kept with: the API's costUsd has 8. */
  public static final int SCALE = 8;

  public ModelPrice {
    if (model == null || model.isBlank() || rates == null) {
      throw new IllegalArgumentException("a price needs a model and its rates");
    }
    if ((longContextAbove == null) != (longContext == null)) {
      throw new IllegalArgumentException(
          model + ": a long-context price needs both its threshold and its rates");
    }
  }

  /** What one call costs in USD, rounded half-up to {@value #SCALE} decimals. */
  public BigDecimal cost(Usage usage) {
    Rates applied =
        longContextAbove != null && usage.promptTokens() > longContextAbove ? longContext : rates;
    BigDecimal millionths =
        applied
            .input()
            .multiply(BigDecimal.valueOf(usage.input()))
            .add(applied.output().multiply(BigDecimal.valueOf(usage.output())))
            .add(applied.cacheRead().multiply(BigDecimal.valueOf(usage.cacheRead())))
            .add(
                applied
                    .cacheWrite5m()
                    .multiply(BigDecimal.valueOf(usage.cacheWrite() - usage.cacheWrite1h())))
            .add(applied.cacheWrite1h().multiply(BigDecimal.valueOf(usage.cacheWrite1h())));
    return millionths.divide(MILLION, SCALE, RoundingMode.HALF_UP);
  }
}
