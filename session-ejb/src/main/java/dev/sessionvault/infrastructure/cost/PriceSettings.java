package dev.sessionvault.infrastructure.cost;

import dev.sessionvault.domain.cost.ModelPrice;
import dev.sessionvault.domain.cost.PriceTable;
import dev.sessionvault.domain.cost.Rates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The price table: {@code prices.json} shipped with the application, then the models of the file
 * named by {@code sessionvault.prices.file} ({@code SESSIONVAULT_PRICES_FILE}), which replace or
 * add to them. Read when the application starts, so that a bad file stops the start with a message
 * naming it.
 */
@ApplicationScoped
public class PriceSettings {
  static final String DEFAULTS = "/prices.json";

  @Inject
  @ConfigProperty(name = "sessionvault.prices.file")
  Optional<String> overrideFile;

  private PriceTable table;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    table();
  }

  @Produces
  PriceTable produce() {
    return table();
  }

  private synchronized PriceTable table() {
    if (table == null) {
      Map<String, ModelPrice> prices = new LinkedHashMap<>();
      try (InputStream defaults = PriceSettings.class.getResourceAsStream(DEFAULTS)) {
        if (defaults == null) {
          throw new IllegalStateException(DEFAULTS + " is missing from the application's classes");
        }
        read(new InputStreamReader(defaults, StandardCharsets.UTF_8), "prices.json")
            .forEach(price -> prices.put(price.model(), price));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      overrideFile
          .filter(file -> !file.isBlank())
          .ifPresent(
              file -> {
                try (Reader reader = Files.newBufferedReader(Path.of(file))) {
                  read(reader, "SESSIONVAULT_PRICES_FILE " + file)
                      .forEach(price -> prices.put(price.model(), price));
                } catch (IOException e) {
                  throw new IllegalArgumentException(
                      "SESSIONVAULT_PRICES_FILE " + file + " cannot be read: " + e.getMessage(), e);
                }
              });
      table = new PriceTable(List.copyOf(prices.values()));
    }
    return table;
  }

  /**
   * The prices of a price file.
   *
   * @throws IllegalArgumentException naming {@code origin} and the model of a bad entry
   */
  static List<ModelPrice> read(Reader file, String origin) {
    List<ModelPrice> prices = new ArrayList<>();
    try (JsonReader reader = Json.createReader(file)) {
      for (JsonValue entry : reader.readObject().getJsonArray("models")) {
        JsonObject model = entry.asJsonObject();
        String name = model.getString("model", "?");
        try {
          JsonObject longContext = model.getJsonObject("longContext");
          prices.add(
              new ModelPrice(
                  model.getString("model"),
                  rates(model),
                  longContext == null ? null : longContext.getJsonNumber("above").longValueExact(),
                  longContext == null ? null : rates(longContext),
                  model.getString("source", null),
                  model.getString("asOf", null)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              origin + ": the price of model " + name + " is not valid: " + e.getMessage(), e);
        }
      }
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          origin + " must be {\"models\": [{\"model\", \"input\", \"output\", ...}]}: " + e, e);
    }
    return prices;
  }

  private static Rates rates(JsonObject rates) {
    return new Rates(
        rate(rates, "input"),
        rate(rates, "output"),
        rate(rates, "cacheRead"),
        rate(rates, "cacheWrite5m"),
        rate(rates, "cacheWrite1h"));
  }

  private static BigDecimal rate(JsonObject rates, String name) {
    JsonNumber rate = rates.getJsonNumber(name);
    if (rate == null) {
      throw new IllegalArgumentException(name + " is required (USD per million tokens)");
    }
    return rate.bigDecimalValue();
  }
}
