package dev.sessionvault.infrastructure.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.domain.cost.ModelPrice;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceSettingsTest {
  @Test
  void theShippedTableHasASourceAndADateForEveryPrice() {
    List<ModelPrice> prices =
        PriceSettings.read(
            new InputStreamReader(
                PriceSettings.class.getResourceAsStream(PriceSettings.DEFAULTS),
                StandardCharsets.UTF_8),
            "prices.json");
    assertTrue(prices.size() > 10);
    for (ModelPrice price : prices) {
      assertTrue(price.source() != null && !price.source().isBlank(), price.model());
      assertTrue(
          price.asOf() != null && price.asOf().matches("\\d{4}-\\d{2}-\\d{2}"), price.model());
    }
    assertTrue(prices.stream().anyMatch(p -> p.model().equals("claude-opus-4-6")));
    assertTrue(prices.stream().anyMatch(p -> p.model().equals("gpt-5-codex")));
  }

  @Test
  void aBadPriceNamesItsFileAndModel() {
    String file =
        "{\"models\":[{\"model\":\"house-model\",\"input\":1,\"output\":2,\"cacheRead\":0,"
            + "\"cacheWrite5m\":0}]}";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PriceSettings.read(new StringReader(file), "SESSIONVAULT_PRICES_FILE x.json"));
    assertTrue(e.getMessage().contains("SESSIONVAULT_PRICES_FILE x.json"), e.getMessage());
    assertTrue(e.getMessage().contains("house-model"), e.getMessage());
    assertTrue(e.getMessage().contains("cacheWrite1h"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAPriceTableSaysWhatItShouldBe() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PriceSettings.read(new StringReader("[1,2]"), "prices.json"));
    assertTrue(e.getMessage().contains("must be {\"models\""), e.getMessage());
  }

  @Test
  void aLongContextPriceIsRead() {
    String file =
        "{\"models\":[{\"model\":\"m\",\"input\":1,\"output\":2,\"cacheRead\":0.1,"
            + "\"cacheWrite5m\":1.25,\"cacheWrite1h\":2,\"longContext\":{\"above\":1000,"
            + "\"input\":2,\"output\":4,\"cacheRead\":0.2,\"cacheWrite5m\":2.5,\"cacheWrite1h\":4}}]}";
    ModelPrice price = PriceSettings.read(new StringReader(file), "f").get(0);
    assertEquals(1000L, price.longContextAbove());
    assertEquals(0, price.longContext().output().compareTo(java.math.BigDecimal.valueOf(4)));
  }
}
