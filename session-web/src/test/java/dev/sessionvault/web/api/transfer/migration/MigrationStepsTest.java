package dev.sessionvault.web.api.transfer.migration;

import static dev.sessionvault.web.api.transfer.migration.SchemaMigrationsTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each step alone: its output is a document of the next version. */
class MigrationStepsTest {
  @Test
  void v1ToV2CarriesWhatTheStoreCannotHold() {
    List<String> warnings = new ArrayList<>();
    JsonObject v2 = new V1ToV2().apply(resource("v1.json"), warnings);
    assertEquals(2, SchemaMigrations.detect(v2));
    assertEquals("sess-2024-03-11-a7", v2.getString("session_id"));
    assertEquals(4, v2.getJsonArray("messages").size());
    JsonObject system = v2.getJsonArray("messages").getJsonObject(0);
    assertEquals("user", system.getString("type"), "the store has no system message of that kind");
    assertEquals("system", system.getJsonObject("data").getString("role"));
    JsonObject v1 = v2.getJsonObject("metadata").getJsonObject("migration").getJsonObject("v1");
    assertEquals("Refactor the billing module", v1.getString("name"));
    assertEquals(2, v1.getJsonArray("todos").size());
    assertEquals(List.of(), warnings, "nothing is lost yet: all of it travels");
  }

  @Test
  void v2ToV3CarriesBlocksForVersion4() {
    List<String> warnings = new ArrayList<>();
    JsonObject v3 = new V2ToV3().apply(resource("v2.json"), warnings);
    assertEquals(3, SchemaMigrations.detect(v3));
    assertTrue(v3.getJsonArray("messages").getJsonObject(1).get("blocks") == null);
    JsonObject blocks =
        v3.getJsonObject("session")
            .getJsonObject("metadata")
            .getJsonObject("migration")
            .getJsonObject("blocks");
    assertEquals(3, blocks.getJsonArray("1").size());
    assertEquals(1, blocks.getJsonArray("2").size());
  }

  @Test
  void v3ToV4AddsInteractionsAndLlmConfig() {
    JsonObject v4 = new V3ToV4().apply(resource("v3.json"), new ArrayList<>());
    assertEquals(4, SchemaMigrations.detect(v4));
    assertTrue(v4.getJsonArray("interactions").isEmpty());
    assertTrue(v4.getJsonObject("session").getJsonObject("llmConfig").isEmpty());
  }
}
