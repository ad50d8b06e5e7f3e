package dev.sessionvault.web.api.transfer.migration;

import static dev.sessionvault.web.api.transfer.migration.Members.put;
import static dev.sessionvault.web.api.transfer.migration.Members.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the fields of a v1 document, carried through v2, go in v3. */
final class V1Fields {
  /** v1 config keys (either spelling) and their v3 names. */
  private static final Map<String, String> CONFIG =
      Map.of(
          "maxMessages", "maxMessages",
          "max_messages", "maxMessages",
          "idleTimeoutMinutes", "idleTimeoutMinutes",
          "idle_timeout_minutes", "idleTimeoutMinutes",
          "persistenceEnabled", "persistenceEnabled",
          "persistence_enabled", "persistenceEnabled",
          "features", "features");

  private static final Set<String> PLACED =
      Set.of("name", "project_path", "config", "closed_at", "todos");
  private static final Set<String> TODO_STATUSES = Set.of("pending", "in_progress", "completed");

  private V1Fields() {}

  /** Name, project path, config and close time into the session; the rest is kept. */
  static void place(JsonObject v1, JsonObjectBuilder session, Leftovers kept) {
    put(session, "name", text(v1, "name"));
    put(session, "projectPath", text(v1, "project_path"));
    put(session, "closedAt", text(v1, "closed_at"));
    if (v1.get("config") instanceof JsonObject config) {
      JsonObjectBuilder placed = Json.createObjectBuilder();
      config.forEach(
          (name, value) -> {
            if (CONFIG.containsKey(name)) {
              placed.add(CONFIG.get(name), value);
            } else {
              kept.keep("/config/" + name, value);
            }
          });
      session.add("config", placed);
    } else if (v1.containsKey("config")) {
      kept.keep("/config", v1.get("config"));
    }
    Members.others(v1, PLACED).forEach((name, value) -> kept.keep("/" + name, value));
  }

  /** The todo list; an item of an unknown status is pending, its status kept. */
  static JsonArrayBuilder todos(JsonObject v1, Leftovers kept) {
    JsonArrayBuilder todos = Json.createArrayBuilder();
    List<JsonObject> items = Members.objects(v1, "todos", "");
    for (int i = 0; i < items.size(); i++) {
      JsonObject item = items.get(i);
      String at = "/todos/" + i;
      JsonObjectBuilder todo = Json.createObjectBuilder();
      put(todo, "content", item.get("content"));
      String status = text(item, "status");
      if (status != null && TODO_STATUSES.contains(status)) {
        todo.add("status", status);
      } else {
        todo.add("status", "pending");
        kept.keep(at + "/status", item.getOrDefault("status", JsonValue.NULL));
      }
      put(todo, "activeForm", text(item, "active_form"));
      Members.others(item, Set.of("content", "status", "active_form"))
          .forEach((name, value) -> kept.keep(at + "/" + name, value));
      todos.add(todo);
    }
    return todos;
  }
}
