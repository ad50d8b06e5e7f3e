package dev.sessionvault.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a hit's fragments are chosen from its highlights, and the snippet when none matched. */
class HighlightFragmentsTest {

  @Test
  void highlightedFragmentsAreShownAsTheyAre() {
    List<String> one = List.of("the <mark>failing</mark> getUserById call");
    assertEquals(one, HitProjection.fragments("the failing getUserById call", one));
  }

  @Test
  void atMostThreeFragments() {
    List<String> four = List.of("a <mark>x</mark>", "b <mark>x</mark>", "c <mark>x</mark>", "d");
    assertEquals(four.subList(0, 3), HitProjection.fragments("x", four));
  }

  @Test
  void withoutAnyMatchTheStartOfTheTextIsShownEscaped() {
    assertEquals(
        List.of("if (a &lt; b &amp;&amp; c) return;"),
        HitProjection.fragments("if (a < b && c)\n   return;", List.of()));
    assertEquals(List.of(), HitProjection.fragments(null, List.of()));
  }

  @Test
  void aLongSnippetIsCutAtAWordAndSaysSo() {
    String snippet = HitProjection.snippet("word ".repeat(100));
    assertTrue(snippet.endsWith(" …"), snippet);
    assertTrue(snippet.length() <= 165, snippet);
    assertTrue(snippet.startsWith("word word"), snippet);
  }

  @Test
  void daysAreUtcDates() {
    assertEquals(
        "2026-11-21", new DayBridge().toIndexedValue(Instant.parse("2026-11-21T23:59:59Z"), null));
    assertEquals(
        "2026-11-22", new DayBridge().toIndexedValue(Instant.parse("2026-11-22T00:00:00Z"), null));
  }
}
