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
    assertEquals(1840, kept.getInt("/messages/2/data/v1/latency_ms"));
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
