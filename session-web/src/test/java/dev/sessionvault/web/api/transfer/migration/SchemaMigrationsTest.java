package dev.sessionvault.web.api.transfer.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {
  static JsonObject resource(String name) {
    try (InputStream in = SchemaMigrationsTest.class.getResourceAsStream("/migration/" + name);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String text) {
    return Json.createReader(new java.io.StringReader(text)).readObject();
  }

  @Test
  void versionsAreToldFromTheirShape() {
    assertEquals(1, SchemaMigrations.detect(resource("v1.json")));
    assertEquals(2, SchemaMigrations.detect(resource("v2.json")));
    assertEquals(3, SchemaMigrations.detect(resource("v3.json")));
    assertEquals(4, SchemaMigrations.detect(json("{\"schemaVersion\":4}")));
    for (String unknown :
        List.of(
            "{\"schemaVersion\":5}", "{\"schemaVersion\":\"4\"}", "{\"version\":7}", "{\"a\":1}")) {
      UnsupportedSchemaVersionException e =
          assertThrows(
              UnsupportedSchemaVersionException.class,
              () -> SchemaMigrations.detect(json(unknown)));
      assertTrue(e.getMessage().endsWith("supported schema versions: 1, 2, 3, 4"), e.getMessage());
    }
  }

  @Test
  void aVersion1DocumentHasEveryFieldPlaced() {
    Migrated migrated = SchemaMigrations.toCurrent(resource("v1.json"));
    assertEquals(1, migrated.sourceVersion());
    JsonObject document = migrated.document();
    assertEquals(4, document.getInt("schemaVersion"));
    JsonObject session = document.getJsonObject("session");
    assertEquals("sess-2024-03-11-a7", session.getString("externalId"));
    assertEquals("Refactor the billing module", session.getString("name"));
    assertEquals("/home/ana/src/billing", session.getString("projectPath"));
    assertEquals("custom", session.getString("agent"));
    assertEquals("completed", session.getString("status"));
    assertEquals("2024-03-11T10:15:00Z", session.getString("closedAt"));
    assertEquals("2024-03-11T09:00:00Z", session.getString("createdAt"));
    assertEquals("2024-03-11T10:15:00Z", session.getString("updatedAt"));
    assertEquals(
        json("{\"maxMessages\":500,\"idleTimeoutMinutes\":30}"), session.getJsonObject("config"));
    assertEquals(Json.createObjectBuilder().build(), session.getJsonObject("llmConfig"));
    JsonArray messages = document.getJsonArray("messages");
    assertEquals(
        List.of("system", "user", "assistant", "tool"),
        messages.getValuesAs(JsonObject.class).stream().map(m -> m.getString("role")).toList());
    JsonObject second = messages.getJsonObject(1);
    assertEquals("m2", second.getString("externalId"));
    assertEquals("Split Invoice.total() — it's 300 lines 😅", second.getString("content"));
    assertEquals("2024-03-11T09:01:00Z", second.getString("timestamp"));
    JsonArray todos = document.getJsonArray("todos");
    assertEquals(
        json(
            "{\"content\":\"Extract taxFor\",\"status\":\"completed\",\"activeForm\":\"Extracting taxFor\"}"),
        todos.getJsonObject(0));
    assertEquals("pending", todos.getJsonObject(1).getString("status"));
    assertEquals(0, document.getJsonArray("interactions").size());
    JsonObject kept = session.getJsonObject("metadata").getJsonObject("migration");
    assertEquals("dark", kept.getString("/config/theme"));
    assertEquals("blocked", kept.getString("/todos/1/status"));
    assertEquals("ana", kept.getString("/owner"));
    assertEquals(1840, kept.getInt("/conversation/2/latency_ms"));
    assertEquals(4, migrated.warnings().size(), migrated.warnings().toString());
    assertTrue(
        migrated
            .warnings()
            .contains(
                "/config/theme has no place in the current format; kept in metadata.migration"));
  }

  @Test
  void aVersion2DocumentHasEveryFieldPlaced() {
    Migrated migrated = SchemaMigrations.toCurrent(resource("v2.json"));
    assertEquals(2, migrated.sourceVersion());
    JsonObject document = migrated.document();
    JsonObject session = document.getJsonObject("session");
    assertEquals("9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f", session.getString("externalId"));
    assertEquals("claude_code", session.getString("agent"));
    assertEquals("claude-sonnet-4-5", session.getString("model"));
    assertEquals("/work/shop", session.getString("projectPath"));
    assertEquals("completed", session.getString("status"));
    assertEquals("Cart total rounding", session.getString("summary"));
    assertEquals(
        Json.createArrayBuilder().add("billing").add("bug").build(), session.getJsonArray("tags"));
    JsonObject metadata = session.getJsonObject("metadata");
    assertEquals("acme", metadata.getString("customer"));
    JsonObject kept = metadata.getJsonObject("migration");
    assertEquals(
        Json.createArrayBuilder().add("Bash").add("Read").add("Edit").build(),
        kept.getJsonArray("/messages/0/data/tools"));
    assertEquals("init", kept.getString("/messages/0/data/subtype"));
    assertEquals(20123, kept.getInt("/messages/5/data/duration_ms"));
    assertFalse(kept.containsKey("blocks"), "blocks are back on their messages");
    JsonArray messages = document.getJsonArray("messages");
    assertEquals(4, messages.size());
    JsonObject assistant = messages.getJsonObject(1);
    assertEquals("assistant", assistant.getString("role"));
    assertEquals("a-1", assistant.getString("externalId"));
    assertEquals(3, assistant.getJsonArray("blocks").size());
    assertEquals("c2ln", assistant.getJsonArray("blocks").getJsonObject(0).getString("signature"));
    assertTrue(assistant.getString("content").contains("Rounding happens per line"));
    assertEquals(
        "tool_result",
        messages.getJsonObject(2).getJsonArray("blocks").getJsonObject(0).getString("type"));
    JsonObject last = messages.getJsonObject(3);
    assertEquals(0.0421, last.getJsonNumber("costUsd").doubleValue());
    assertEquals(
        json("{\"input\":1200,\"output\":340,\"cacheRead\":800,\"cacheWrite\":100}"),
        last.getJsonObject("tokens"));
    assertEquals(3, migrated.warnings().size(), migrated.warnings().toString());
  }

  @Test
  void aSecondResultAConflictingCostAndOddUsageAreKeptWithWarnings() {
    JsonObject v2 =
        json(
            "{\"session_id\":\"s\",\"metadata\":{\"total_cost\":0.5},\"messages\":["
                + "{\"type\":\"user\",\"data\":{\"content\":\"hi\",\"usage\":\"n/a\"}},"
                + "{\"type\":\"assistant\",\"data\":{\"content\":\"hello\"}},"
                + "{\"type\":\"result\",\"data\":{\"subtype\":\"success\",\"total_cost_usd\":0.4}},"
                + "{\"type\":\"result\",\"data\":{\"subtype\":\"error_max_turns\",\"total_cost_usd\":0.9}}]}");
    Migrated migrated = SchemaMigrations.toCurrent(v2);
    JsonObject session = migrated.document().getJsonObject("session");
    assertEquals("completed", session.getString("status"), "the first result decides");
    JsonObject assistant = migrated.document().getJsonArray("messages").getJsonObject(1);
    assertEquals(
        0.5, assistant.getJsonNumber("costUsd").doubleValue(), "the metadata's cost is used");
    JsonObject kept = session.getJsonObject("metadata").getJsonObject("migration");
    assertEquals(0.4, kept.getJsonNumber("/messages/2/data/total_cost_usd").doubleValue());
    assertEquals("error_max_turns", kept.getString("/messages/3/data/subtype"));
    assertEquals(0.9, kept.getJsonNumber("/messages/3/data/total_cost_usd").doubleValue());
    assertEquals("n/a", kept.getString("/messages/0/data/usage"));
    assertTrue(
        migrated.warnings().stream().anyMatch(w -> w.startsWith("/metadata/total_cost says 0.5")),
        migrated.warnings().toString());
  }

  @Test
  void withoutAnAssistantMessageTheCostIsKept() {
    Migrated migrated =
        SchemaMigrations.toCurrent(
            json(
                "{\"session_id\":\"s\",\"messages\":[{\"type\":\"user\",\"data\":{\"content\":\"hi\"}},"
                    + "{\"type\":\"result\",\"data\":{\"total_cost_usd\":0.2,\"usage\":{\"input_tokens\":5}}}]}"));
    JsonObject kept =
        migrated
            .document()
            .getJsonObject("session")
            .getJsonObject("metadata")
            .getJsonObject("migration");
    assertEquals(0.2, kept.getJsonNumber("/messages/1/data/total_cost_usd").doubleValue());
    assertEquals(5, kept.getJsonObject("/messages/1/data/usage").getInt("input_tokens"));
  }

  @Test
  void aVersion3DocumentGainsWhatVersion4Added() {
    JsonObject v3 = resource("v3.json");
    Migrated migrated = SchemaMigrations.toCurrent(v3);
    assertEquals(3, migrated.sourceVersion());
    JsonObject document = migrated.document();
    assertEquals(4, document.getInt("schemaVersion"));
    assertEquals(0, document.getJsonArray("interactions").size());
    JsonObject session = document.getJsonObject("session");
    assertEquals(Json.createObjectBuilder().build(), session.getJsonObject("llmConfig"));
    assertEquals(
        Json.createObjectBuilder(v3.getJsonObject("session")).remove("metadata").build(),
        Json.createObjectBuilder(session).remove("metadata").remove("llmConfig").build());
    assertEquals(
        v3.getJsonObject("session").getJsonObject("metadata"), session.getJsonObject("metadata"));
    assertEquals(v3.getJsonArray("messages"), document.getJsonArray("messages"));
    assertEquals(v3.getJsonArray("todos"), document.getJsonArray("todos"));
    assertEquals(List.of(), migrated.warnings());
  }

  @Test
  void aMalformedOldDocumentNamesThePlace() {
    MalformedDocumentException e =
        assertThrows(
            MalformedDocumentException.class,
            () -> SchemaMigrations.toCurrent(json("{\"version\":1,\"conversation\":[1]}")));
    assertEquals("/conversation/0", e.pointer());
  }
}
