package dev.sessionvault.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** A reply of the API with assertions a client would make. */
public final class Reply {
  private final String request;
  private final HttpResponse<String> response;

  Reply(String request, HttpResponse<String> response) {
    this.request = request;
    this.response = response;
  }

  public int status() {
    return response.statusCode();
  }

  public String body() {
    return response.body();
  }

  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** Asserts the status, showing the body when it differs. */
  public Reply expect(int status) {
    assertEquals(status, status(), () -> "unexpected status: " + this);
    return this;
  }

  public JsonObject json() {
    try (JsonReader reader = Json.createReader(new StringReader(body()))) {
      return reader.readObject();
    }
  }

  public JsonArray items() {
    return json().getJsonArray("items");
  }

  /**
   * Asserts an RFC 9457 problem with this status: the media type, the members every problem has,
   * and that no stack trace leaks.
   */
  public JsonObject problem(int status) {
    expect(status);
    // the media type, whatever its parameters (Liberty adds a charset to the 401 it sends)
    assertEquals(
        "application/problem+json",
        header("Content-Type").split(";")[0].strip(),
        () -> "media type: " + this);
    JsonObject problem = json();
    assertEquals(status, problem.getInt("status"));
    assertTrue(problem.getString("type").startsWith("https://sessionvault.dev/problems/"));
    assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank());
    assertTrue(
        !body().contains("Exception") && !body().contains("\tat "),
        () -> "a problem must not leak Java internals: " + body());
    return problem;
  }

  @Override
  public String toString() {
    return request + " -> " + status() + " " + body();
  }
}
