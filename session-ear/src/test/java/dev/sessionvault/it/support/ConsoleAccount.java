package dev.sessionvault.it.support;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * A fresh account for a browser test: an admin person who signs in on the form, and an admin key
 * that sets the scene through the API.
 */
public final class ConsoleAccount {
  public static final String PASSWORD = "long enough secret";

  public final UUID id;
  public final String admin;
  public final String key;

  public ConsoleAccount(String name) {
    id = Credentials.createAccount(name);
    admin = person("admin");
    key = Credentials.bearer(Credentials.createKey(id, name + " scene", "admin"));
  }

  /** A new person of the account with this role; returns the username. */
  public String person(String role) {
    String username = role + UUID.randomUUID().toString().substring(0, 8);
    Credentials.createMember(id, username, role);
    return username;
  }

  /** Creates a session from the JSON given; returns it. */
  public JsonObject session(String json) {
    return Api.post("/sessions", json, "Authorization", key).expect(201).json();
  }

  public void message(String sessionId, String role, String content) {
    Api.post(
            "/sessions/" + sessionId + "/messages",
            jakarta.json.Json.createObjectBuilder()
                .add("role", role)
                .add("content", content)
                .build()
                .toString(),
            "Authorization",
            key)
        .expect(201);
  }
}
