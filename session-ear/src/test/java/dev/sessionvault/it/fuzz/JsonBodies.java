package dev.sessionvault.it.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid request bodies for every endpoint that takes one, as fields with their JSON text, so that a
 * generator can break exactly one thing in an otherwise valid request.
 */
final class JsonBodies {
  /** Fields any body may be given, beyond its own: the API's vocabulary. */
  static final List<String> VOCABULARY =
      List.of(
          "agent",
          "name",
          "summary",
          "tags",
          "metadata",
          "config",
          "llmConfig",
          "state",
          "projectId",
          "status",
          "error",
          "role",
          "content",
          "blocks",
          "tokens",
          "costUsd",
          "model",
          "command",
          "result",
          "exitCode",
          "startedAt",
          "timestamp",
          "todos",
          "key",
          "displayName",
          "username",
          "password",
          "expiresAt",
          "externalId",
          "type",
          "environment",
          "schemaVersion",
          "rootPath",
          "activeForm",
          "config.maxMessages",
          "config.idleTimeoutMinutes",
          "tokens.input");

  /** A body: its fields, and whether the endpoint takes them as an array of such objects. */
  record Body(Map<String, String> fields, boolean array) {
    Body with(String field, String json) {
      Map<String, String> changed = new LinkedHashMap<>(fields);
      int dot = field.indexOf('.');
      if (dot < 0) {
        changed.put(field, json);
      } else {
        changed.put(field.substring(0, dot), "{\"" + field.substring(dot + 1) + "\":" + json + "}");
      }
      return new Body(changed, array);
    }

    String json() {
      StringBuilder object = new StringBuilder("{");
      fields.forEach(
          (name, value) ->
              object
                  .append(object.length() > 1 ? "," : "")
                  .append('"')
                  .append(name)
                  .append("\":")
                  .append(value));
      object.append('}');
      return array ? "[" + object + "]" : object.toString();
    }
  }

  private JsonBodies() {}

  static Body valid(Endpoint endpoint, Targets targets) {
    String t = endpoint.template();
    String unique = "\"fz" + UUID.randomUUID().toString().substring(0, 8) + "\"";
    Map<String, String> f = new LinkedHashMap<>();
    boolean array = false;
    if (t.endsWith("/messages")) {
      f.put("role", "\"user\"");
      f.put("content", "\"hostile but fine\"");
      f.put("costUsd", "0.5");
      f.put("tokens", "{\"input\":1,\"output\":2}");
    } else if (t.endsWith("/todos")) {
      f.put("content", "\"a todo\"");
      f.put("status", "\"pending\"");
      array = true;
    } else if (t.endsWith("/interactions")) {
      f.put("command", "\"make\"");
      f.put("exitCode", "0");
    } else if (t.endsWith("/status")) {
      f.put("status", "\"idle\"");
    } else if (t.endsWith("/api-keys")) {
      f.put("name", "\"fuzz key\"");
      f.put("role", "\"viewer\"");
    } else if (t.endsWith("/members")) {
      f.put("username", unique);
      f.put("password", "\"long enough secret\"");
      f.put("role", "\"viewer\"");
    } else if (t.endsWith("/members/{userId}")) {
      f.put("role", "\"member\"");
    } else if (t.equals("/api/v1/accounts")) {
      f.put("name", unique);
      f.put("displayName", "\"fuzz\"");
    } else if (t.equals("/api/v1/projects")) {
      f.put("key", unique);
      f.put("name", "\"fuzz\"");
    } else if (t.startsWith("/api/v1/projects/")) {
      f.put("name", "\"renamed\"");
    } else if (t.equals("/api/v1/sessions")) {
      f.put("agent", "\"aider\"");
      f.put("tags", "[\"fuzz\"]");
      f.put("projectId", "\"" + targets.project() + "\"");
    } else {
      f.put("name", "\"edited\"");
      f.put("config", "{\"maxMessages\":10}");
    }
    return new Body(f, array);
  }
}
