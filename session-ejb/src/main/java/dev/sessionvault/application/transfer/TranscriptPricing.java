package dev.sessionvault.application.transfer;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The configured price table, as transcript readers use it: what one model call cost. Empty for a
 * model the table does not have; never a guessed price.
 */
public interface TranscriptPricing {
  /**
   * @param input input tokens that were neither read from nor written to a cache
   * @param cacheWrite5m tokens written to a cache kept five minutes
   * @param cacheWrite1h tokens written to a cache kept an hour
   */
  Optional<BigDecimal> cost(
      String model, long input, long output, long cacheRead, long cacheWrite5m, long cacheWrite1h);
}
