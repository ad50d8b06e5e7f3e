package dev.sessionvault.web.api.transfer.migration;

import static dev.sessionvault.web.api.transfer.migration.Members.object;
import static dev.sessionvault.web.api.transfer.migration.Members.put;
import static dev.sessionvault.web.api.transfer.migration.Members.text;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SDK session store to Session Vault's first canonical format. User and assistant messages
 * become messages (the blocks of a message travel in {@code metadata.migration.blocks} for v4,
 * which has blocks); the system message's session id, model and working folder and the result's
 * outcome, cost and usage become session and message fields; what a v1 document carried in {@code
 * metadata.migration.v1} is placed (name, project path, config, close time, todos). The rest goes
 * to {@code metadata.migration}, each with a warning.
 */
final class V2ToV3 implements MigrationStep {
  private static final Set<String> KNOWN =
      Set.of("session_id", "messages", "metadata", "created_at", "updated_at");
  private static final Set<String> DATA_KNOWN =
      Set.of("content", "uuid", "timestamp", "role", "model", "usage", "v1");
  private static final Set<String> ROLES = Set.of("user", "assistant", "system", "tool");

  @Override
  public JsonObject apply(JsonObject v2, List<String> warnings) {
    Session session = new Session(warnings);
    JsonObject metadata = object(v2, "metadata");
    JsonObject v1 = object(object(metadata, "migration"), "v1");
    session.externalId = text(v2, "session_id");
    session.fromV1 = !v1.isEmpty();
    List<JsonObjectBuilder> messages = new ArrayList<>();
    List<JsonObject> items = Members.objects(v2, "messages", "");
    for (int i = 0; i < items.size(); i++) {
      String at = "/messages/" + i;
      JsonObject data = object(items.get(i), "data");
      switch (String.valueOf(text(items.get(i), "type"))) {
        case "user", "assistant" ->
            messages.add(session.message(items.get(i), data, at, messages.size()));
        case "system" -> session.system(data, at);
        case "result" -> session.result(data, at);
        default -> session.keep(at, items.get(i));
      }
    }
    session.metadataCost = metadata.get("total_cost");
    session.placeCost(messages);
    session.placeV1(v1);
    session.metadata(metadata, v2);
    Members.others(v2, KNOWN).forEach((name, value) -> session.keep("/" + name, value));
    JsonArrayBuilder messageArray = Json.createArrayBuilder();
    messages.forEach(messageArray::add);
    return Json.createObjectBuilder()
        .add("schemaVersion", 3)
        .add("session", session.build(v2))
        .add("messages", messageArray)
        .add("todos", session.todos)
        .build();
  }

  /** The session being put together, and what could not be placed. */
  private static final class Session implements Leftovers {
    private final List<String> warnings;
    private final JsonObjectBuilder leftovers = Json.createObjectBuilder();
    private final JsonObjectBuilder blocks = Json.createObjectBuilder();
    private final JsonObjectBuilder fields = Json.createObjectBuilder();
    private JsonArrayBuilder todos = Json.createArrayBuilder();
    private JsonObjectBuilder metadata = Json.createObjectBuilder();
    private String externalId;
    private boolean fromV1;
    private String model;
    private String status = "active";
    private JsonValue metadataCost;
    private JsonValue resultCost;
    private JsonObject resultUsage;
    private String resultAt;
    private boolean systemSeen;
    private int lastAssistant = -1;
    private boolean anyTokens;

    Session(List<String> warnings) {
      this.warnings = warnings;
    }

    @Override
    public void keep(String pointer, JsonValue value) {
      leftovers.add(pointer, value);
      warnings.add(pointer + " has no place in the current format; kept in metadata.migration");
    }

    JsonObjectBuilder message(JsonObject item, JsonObject data, String at, int index) {
      String type = text(item, "type");
      String given = text(data, "role");
      String role = given != null && ROLES.contains(given) ? given : type;
      JsonObjectBuilder message = Json.createObjectBuilder().add("role", role);
      JsonValue content = data.get("content");
      if (content instanceof JsonArray list) {
        blocks.add(Integer.toString(index), list);
        message.add("content", Members.plainText(list));
      } else if (content instanceof JsonString text) {
        message.add("content", text);
      } else {
        message.add("content", "");
        if (content != null) {
          keep(at + "/data/content", content);
        }
      }
      put(message, "externalId", text(data, "uuid"));
      put(message, "timestamp", text(data, "timestamp"));
      put(message, "model", text(data, "model"));
      if (data.get("usage") instanceof JsonObject usage) {
        message.add("tokens", tokens(usage));
        anyTokens = true;
      } else if (data.containsKey("usage")) {
        keep(at + "/data/usage", data.get("usage"));
      }
      if ("assistant".equals(role)) {
        lastAssistant = index;
        model = model == null ? text(data, "model") : model;
      }
      Members.others(data, DATA_KNOWN).forEach((name, value) -> keep(at + "/data/" + name, value));
      // a v1 message's own members, under their place in the v1 document (one message each)
      String v1At = "/conversation/" + at.substring(at.lastIndexOf('/') + 1);
      object(data, "v1").forEach((name, value) -> keep(v1At + "/" + name, value));
      return message;
    }

    /** The first system message describes the session; a later one is kept whole. */
    void system(JsonObject data, String at) {
      if (systemSeen) {
        data.forEach((name, value) -> keep(at + "/data/" + name, value));
        return;
      }
      systemSeen = true;
      externalId = externalId == null ? text(data, "session_id") : externalId;
      model = text(data, "model") == null ? model : text(data, "model");
      put(fields, "projectPath", text(data, "cwd"));
      Members.others(data, Set.of("session_id", "model", "cwd"))
          .forEach((name, value) -> keep(at + "/data/" + name, value));
    }

    /** The first result message ends the session; a later one is kept whole. */
    void result(JsonObject data, String at) {
      if (resultAt != null) {
        data.forEach((name, value) -> keep(at + "/data/" + name, value));
        return;
      }
      resultAt = at;
      externalId = externalId == null ? text(data, "session_id") : externalId;
      resultCost = data.get("total_cost_usd");
      resultUsage = data.get("usage") instanceof JsonObject usage ? usage : null;
      if (resultUsage == null && data.containsKey("usage")) {
        keep(at + "/data/usage", data.get("usage"));
      }
      String subtype = text(data, "subtype");
      boolean failed =
          data.getBoolean("is_error", false) || subtype != null && subtype.startsWith("error");
      status = failed ? "failed" : "completed";
      if (failed) {
        put(fields, "error", subtype == null ? "the session ended with an error" : subtype);
      }
      Members.others(data, Set.of("session_id", "total_cost_usd", "usage", "subtype", "is_error"))
          .forEach((name, value) -> keep(at + "/data/" + name, value));
    }

    /**
     * The session's cost goes on the last assistant message (v3 keeps cost per message, and the
     * store's messages have none): the metadata's {@code total_cost}, else the result's {@code
     * total_cost_usd}; the result's usage too, when no message has its own.
     */
    void placeCost(List<JsonObjectBuilder> messages) {
      JsonNumber given = metadataCost instanceof JsonNumber number ? number : null;
      JsonNumber reported = resultCost instanceof JsonNumber number ? number : null;
      if (metadataCost != null && given == null) {
        keep("/metadata/total_cost", metadataCost);
      }
      if (resultCost != null && (reported == null || given != null && differ(given, reported))) {
        keep(resultAt + "/data/total_cost_usd", resultCost);
      }
      if (given != null && reported != null && differ(given, reported)) {
        warnings.add(
            "/metadata/total_cost says "
                + given
                + " but "
                + resultAt
                + "/data/total_cost_usd says "
                + reported
                + "; the metadata's is used");
      }
      JsonNumber cost = given != null ? given : reported;
      if (lastAssistant < 0) {
        // no assistant message to carry them
        if (cost != null) {
          keep(given != null ? "/metadata/total_cost" : resultAt + "/data/total_cost_usd", cost);
        }
        if (resultUsage != null) {
          keep(resultAt + "/data/usage", resultUsage);
        }
        return;
      }
      if (cost != null) {
        messages.get(lastAssistant).add("costUsd", cost);
      }
      if (resultUsage != null && !anyTokens) {
        messages.get(lastAssistant).add("tokens", tokens(resultUsage));
      } else if (resultUsage != null) {
        keep(resultAt + "/data/usage", resultUsage);
      }
    }

    private static boolean differ(JsonNumber a, JsonNumber b) {
      return a.bigDecimalValue().compareTo(b.bigDecimalValue()) != 0;
    }

    void placeV1(JsonObject v1) {
      V1Fields.place(v1, fields, this);
      if (v1.get("todos") instanceof JsonArray) {
        todos = V1Fields.todos(v1, this);
      }
      if (v1.containsKey("closed_at") && "active".equals(status)) {
        status = "completed";
      }
    }

    void metadata(JsonObject given, JsonObject v2) {
      given.forEach(
          (name, value) -> {
            switch (name) {
              case "tags" -> fields.add("tags", value);
              case "summary" -> fields.add("summary", value);
              case "migration", "total_cost", "message_count" -> {}
              default -> metadata.add(name, value);
            }
          });
      if (given.get("message_count") instanceof JsonNumber count
          && !fromV1
          && count.intValue() != Members.objects(v2, "messages", "").size()) {
        warnings.add(
            "/metadata/message_count says "
                + count
                + " messages; the document holds "
                + Members.objects(v2, "messages", "").size()
                + " records of every type");
      }
    }

    JsonObject build(JsonObject v2) {
      JsonObjectBuilder session = Json.createObjectBuilder(fields.build());
      put(session, "externalId", externalId);
      session.add("agent", fromV1 ? "custom" : "claude_code");
      put(session, "model", model);
      session.add("status", status);
      put(session, "createdAt", v2.get("created_at"));
      put(session, "updatedAt", v2.get("updated_at"));
      JsonObject kept = leftovers.build();
      JsonObject carried = blocks.build();
      if (!kept.isEmpty() || !carried.isEmpty()) {
        JsonObjectBuilder migration = Json.createObjectBuilder(kept);
        if (!carried.isEmpty()) {
          migration.add("blocks", carried);
        }
        metadata.add("migration", migration);
      }
      return session.add("metadata", metadata).build();
    }
  }

  static JsonObject tokens(JsonObject usage) {
    JsonObjectBuilder tokens = Json.createObjectBuilder();
    put(tokens, "input", usage.get("input_tokens"));
    put(tokens, "output", usage.get("output_tokens"));
    put(tokens, "cacheRead", usage.get("cache_read_input_tokens"));
    put(tokens, "cacheWrite", usage.get("cache_creation_input_tokens"));
    return tokens.build();
  }
}
