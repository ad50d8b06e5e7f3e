package dev.sessionvault.web.api.transfer.migration;

import static dev.sessionvault.web.api.transfer.migration.Members.put;
import static dev.sessionvault.web.api.transfer.migration.Members.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;

/**
 * The original persisted-session format to the SDK session store. The store holds a conversation of
 * typed messages and a small metadata object; what it has no place for (the name, project path,
 * config, close time, todos, unknown members) travels in {@code metadata.migration.v1} for the next
 * step to place. A message's role and id travel in its {@code data}.
 */
final class V1ToV2 implements MigrationStep {
  static final Set<String> KNOWN =
      Set.of("version", "id", "created_at", "updated_at", "conversation");
  static final Set<String> MESSAGE_KNOWN = Set.of("id", "role", "content", "timestamp");

  @Override
  public JsonObject apply(JsonObject v1, List<String> warnings) {
    JsonArrayBuilder messages = Json.createArrayBuilder();
    List<JsonObject> conversation = Members.objects(v1, "conversation", "");
    for (JsonObject item : conversation) {
      String role = text(item, "role");
      JsonObjectBuilder data = Json.createObjectBuilder();
      put(data, "content", item.get("content"));
      put(data, "uuid", item.get("id"));
      put(data, "timestamp", item.get("timestamp"));
      put(data, "role", role);
      JsonObject others = Members.others(item, MESSAGE_KNOWN);
      if (!others.isEmpty()) {
        data.add("v1", others);
      }
      messages.add(
          Json.createObjectBuilder()
              .add("type", "assistant".equals(role) ? "assistant" : "user")
              .add("data", data));
    }
    JsonObjectBuilder v2 = Json.createObjectBuilder();
    put(v2, "session_id", v1.get("id"));
    v2.add("messages", messages);
    v2.add(
        "metadata",
        Json.createObjectBuilder()
            .add("message_count", conversation.size())
            .add("migration", Json.createObjectBuilder().add("v1", Members.others(v1, KNOWN))));
    put(v2, "created_at", v1.get("created_at"));
    put(v2, "updated_at", v1.get("updated_at"));
    return v2.build();
  }
}
