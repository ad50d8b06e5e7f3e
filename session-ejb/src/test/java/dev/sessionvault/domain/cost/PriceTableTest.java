package dev.sessionvault.domain.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceTableTest {
  static Rates rates(String input, String output, String read, String write5m, String write1h) {
    return new Rates(
        new BigDecimal(input),
        new BigDecimal(output),
        new BigDecimal(read),
        new BigDecimal(write5m),
        new BigDecimal(write1h));
  }

  static final ModelPrice SONNET =
      new ModelPrice(
          "claude-sonnet-4-5",
          rates("3", "15", "0.30", "3.75", "6"),
          200_000L,
          rates("6", "22.50", "0.60", "7.50", "12"),
          "test",
          "2026-12-05");

  final PriceTable table = new PriceTable(List.of(SONNET));

  @Test
  void oneHourCacheWritesCostTheOneHourRate() {
    // 100,000 tokens written for an hour: 0.60 USD, not the 0.375 of five-minute entries
    assertEquals(new BigDecimal("0.60000000"), SONNET.cost(new Usage(0, 0, 0, 100_000, 100_000)));
    assertEquals(new BigDecimal("0.37500000"), SONNET.cost(new Usage(0, 0, 0, 100_000, 0)));
    assertEquals(new BigDecimal("0.48750000"), SONNET.cost(new Usage(0, 0, 0, 100_000, 50_000)));
  }

  @Test
  void everyKindOfTokenHasItsRate() {
    // 10*3 + 120*15 + 1000*0.30 + 500*3.75 = 4,005 millionths of a dollar
    assertEquals(new BigDecimal("0.00400500"), SONNET.cost(new Usage(10, 120, 1000, 500, 0)));
  }

  @Test
  void aPromptAboveTheThresholdIsPricedWhollyAtTheLongContextRates() {
    assertEquals(
        new BigDecimal("0.75000000"),
        SONNET.cost(new Usage(200_000, 10_000, 0, 0, 0)),
        "200,000 prompt tokens: 200,000*3 + 10,000*15 millionths");
    assertEquals(
        new BigDecimal("1.42500060"),
        SONNET.cost(new Usage(200_000, 10_000, 1, 0, 0)),
        "200,001 prompt tokens: 200,000*6 + 10,000*22.5 + 1*0.6 millionths");
  }

  @Test
  void aModelIsFoundByItsNameWithOrWithoutItsDate() {
    assertEquals(Optional.of(SONNET), table.find("claude-sonnet-4-5"));
    assertEquals(Optional.of(SONNET), table.find("claude-sonnet-4-5-20250929"));
    assertEquals(Optional.empty(), table.find("claude-sonnet-4"));
    assertEquals(Optional.empty(), table.find(null));
    assertEquals(Optional.empty(), table.cost("gpt-unknown", new Usage(1, 1, 0, 0, 0)));
  }

  @Test
  void aPriceNeedsItsThresholdAndRatesTogether() {
    Rates rates = rates("1", "1", "1", "1", "1");
    assertThrows(
        IllegalArgumentException.class, () -> new ModelPrice("m", rates, 10L, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> rates("-1", "1", "1", "1", "1"));
    assertThrows(IllegalArgumentException.class, () -> new Usage(0, 0, 0, 1, 2));
  }
}
