package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.domain.cost.PriceTable;
import dev.sessionvault.domain.cost.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/** Prices transcript messages with the deployment's price table. */
@ApplicationScoped
public class PriceTablePricing implements TranscriptPricing {
  @Inject PriceTable prices;

  @Override
  public Optional<BigDecimal> cost(
      String model, long input, long output, long cacheRead, long cacheWrite5m, long cacheWrite1h) {
    return prices.cost(
        model, new Usage(input, output, cacheRead, cacheWrite5m + cacheWrite1h, cacheWrite1h));
  }
}
