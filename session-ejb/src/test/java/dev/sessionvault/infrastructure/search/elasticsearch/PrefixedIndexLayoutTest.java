package dev.sessionvault.infrastructure.search.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PrefixedIndexLayoutTest {
  private final PrefixedIndexLayout layout = new PrefixedIndexLayout("acme-", "3");

  @Test
  void everyNameCarriesThePrefixAndTheLayoutVersion() {
    assertEquals("acme-message-v3-000001", layout.createInitialElasticsearchIndexName("message"));
    assertEquals("acme-message-v3-write", layout.createWriteAlias("message"));
    assertEquals("acme-message-v3-read", layout.createReadAlias("message"));
  }

  @Test
  void aHitsIndexNameLeadsBackToItsType() {
    assertEquals(
        layout.extractUniqueKeyFromHibernateSearchIndexName("todo"),
        layout.extractUniqueKeyFromElasticsearchIndexName("acme-todo-v3-000001"));
    assertNull(layout.extractUniqueKeyFromElasticsearchIndexName("acme-todo-v3-read"));
  }

  @Test
  void anotherLayoutVersionLivesInOtherIndexes() {
    PrefixedIndexLayout next = new PrefixedIndexLayout("acme-", "4");
    assertEquals("acme-message-v4-read", next.createReadAlias("message"));
  }
}
