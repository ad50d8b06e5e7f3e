package dev.sessionvault.domain.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prices of the models the deployment knows. A model is found by its exact name, else by its
 * name without a trailing date ({@code claude-sonnet-4-5-20250929} is {@code claude-sonnet-4-5}). A
 * model it does not know has no cost: never a guessed one.
 */
public final class PriceTable {
  private final Map<String, ModelPrice> byModel = new LinkedHashMap<>();

  public PriceTable(List<ModelPrice> prices) {
    prices.forEach(price -> byModel.put(price.model(), price));
  }

  public Optional<ModelPrice> find(String model) {
    if (model == null || model.isBlank()) {
      return Optional.empty();
    }
    ModelPrice exact = byModel.get(model);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(byModel.get(model.replaceFirst("-\\d{8}$", "")));
  }

  /** What a call of {@code model} cost, when the table has the model. */
  public Optional<BigDecimal> cost(String model, Usage usage) {
    return find(model).map(price -> price.cost(usage));
  }

  public List<ModelPrice> prices() {
    return List.copyOf(byModel.values());
  }
}
