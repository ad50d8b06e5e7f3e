package dev.sessionvault.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * Data the tests create through the API. Each test tags its sessions uniquely to find only its own.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A tag no other test uses, to scope listings to one test's sessions. */
  public static String uniqueTag() {
    return "it-" + UUID.randomUUID().toString().substring(0, 12);
  }

  public static JsonObjectBuilder session(String agent) {
    return Json.createObjectBuilder().add("agent", agent);
  }

  /** Creates a session and returns it as the API answered. */
  public static JsonObject createSession(JsonObjectBuilder session) {
    return Api.post("/sessions", session.build().toString()).expect(201).json();
  }

  public static JsonObject createSession() {
    return createSession(session("claude_code"));
  }

  /** An admin key of a new account of its own: another tenant, for isolation checks. */
  public static String adminOfAnotherAccount(String name) {
    UUID other = Credentials.createAccount(name);
    return Credentials.bearer(Credentials.createKey(other, name + " admin", "admin"));
  }

  /** Creates a session with the given credentials; returns its id. */
  public static String createSessionAs(String authorization) {
    return Api.post("/sessions", "{\"agent\":\"aider\"}", "Authorization", authorization)
        .expect(201)
        .json()
        .getString("id");
  }

  public static JsonObject message(String role, String content) {
    return Json.createObjectBuilder().add("role", role).add("content", content).build();
  }

  public static JsonObject appendMessage(String sessionId, JsonObject message) {
    return Api.post("/sessions/" + sessionId + "/messages", message.toString()).expect(201).json();
  }
}
