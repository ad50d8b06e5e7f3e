package dev.sessionvault.web.api.transfer.migration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading members of old documents without trusting their types. */
final class Members {
  private Members() {}

  static String text(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    return value instanceof JsonString text ? text.getString() : null;
  }

  static JsonObject object(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    return value instanceof JsonObject member ? member : JsonValue.EMPTY_JSON_OBJECT;
  }

  static JsonArray array(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    return value instanceof JsonArray member ? member : JsonValue.EMPTY_JSON_ARRAY;
  }

  /** The elements of an array member, each of which must be an object. */
  static List<JsonObject> objects(JsonObject object, String name, String at) {
    JsonValue value = object == null ? null : object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new MalformedDocumentException(at + "/" + name, "must be an array");
    }
    List<JsonObject> objects = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject element)) {
        throw new MalformedDocumentException(at + "/" + name + "/" + i, "must be an object");
      }
      objects.add(element);
    }
    return objects;
  }

  /** Adds a member unless the value is absent or null. */
  static void put(JsonObjectBuilder builder, String name, JsonValue value) {
    if (value != null && value != JsonValue.NULL) {
      builder.add(name, value);
    }
  }

  static void put(JsonObjectBuilder builder, String name, String value) {
    if (value != null) {
      builder.add(name, value);
    }
  }

  /** The members of {@code object} not in {@code known}: what a step could not place. */
  static JsonObject others(JsonObject object, Set<String> known) {
    JsonObjectBuilder others = Json.createObjectBuilder();
    object.forEach(
        (name, value) -> {
          if (!known.contains(name)) {
            others.add(name, value);
          }
        });
    return others.build();
  }

  /** The text a message of blocks shows: its text blocks, then the names of the tools it used. */
  static String plainText(JsonArray blocks) {
    List<String> parts = new ArrayList<>();
    for (JsonValue block : blocks) {
      if (block instanceof JsonObject b) {
        String text = text(b, "text") != null ? text(b, "text") : text(b, "thinking");
        if (text != null) {
          parts.add(text);
        } else if ("tool_use".equals(text(b, "type"))) {
          parts.add(text(b, "name") + " " + object(b, "input"));
        } else if (b.get("content") instanceof JsonString result) {
          parts.add(result.getString());
        }
      }
    }
    return String.join("\n", parts);
  }
}
