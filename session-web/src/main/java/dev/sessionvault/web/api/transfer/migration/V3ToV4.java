package dev.sessionvault.web.api.transfer.migration;

import static dev.sessionvault.web.api.transfer.migration.Members.object;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Session Vault's first canonical format to the current one: no interactions and no llmConfig then,
 * so both start empty; message blocks carried from an older format in {@code
 * metadata.migration.blocks} go back on their messages.
 */
final class V3ToV4 implements MigrationStep {
  @Override
  public JsonObject apply(JsonObject v3, List<String> warnings) {
    JsonObject session = object(v3, "session");
    JsonObject metadata = object(session, "metadata");
    JsonObject migration = object(metadata, "migration");
    JsonObject blocks = object(migration, "blocks");
    JsonArrayBuilder messages = Json.createArrayBuilder();
    List<JsonObject> items = Members.objects(v3, "messages", "");
    for (int i = 0; i < items.size(); i++) {
      JsonObjectBuilder message = Json.createObjectBuilder(items.get(i));
      JsonValue carried = blocks.get(Integer.toString(i));
      if (carried != null) {
        message.add("blocks", carried);
      }
      messages.add(message);
    }
    JsonObjectBuilder newMigration = Json.createObjectBuilder(migration).remove("blocks");
    JsonObjectBuilder newMetadata = Json.createObjectBuilder(metadata).remove("migration");
    JsonObject restMigration = newMigration.build();
    if (!restMigration.isEmpty()) {
      newMetadata.add("migration", restMigration);
    }
    JsonObjectBuilder newSession = Json.createObjectBuilder(session).add("metadata", newMetadata);
    if (!session.containsKey("llmConfig")) {
      newSession.add("llmConfig", JsonValue.EMPTY_JSON_OBJECT);
    }
    return Json.createObjectBuilder(v3)
        .add("schemaVersion", SchemaMigrations.CURRENT)
        .add("session", newSession)
        .add("messages", messages)
        .add("interactions", JsonValue.EMPTY_JSON_ARRAY)
        .build();
  }
}
