package dev.sessionvault.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A blocking keep-alive client of the API ({@link HttpURLConnection}), safe to share between
 * threads (each thread gets its own connection from the JDK's keep-alive cache). The JDK's {@code
 * HttpClient} hands every exchange between its own threads, about 1 ms a request on the 2-core
 * machine (BENCHMARKS.md): never time with it.
 */
final class ApiClient {
  /** The embedded default's first account. */
  static final String DEFAULT_ACCOUNT = "00000000-0000-7000-8000-000000000001";

  /** A status, a body and the time from sending to the body's end. */
  record Reply(int status, String body, long nanos) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private final String base;
  private final String operator;
  private volatile String key;

  ApiClient(String baseUrl, String operatorPassword) {
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.operator =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("operator:" + operatorPassword).getBytes(StandardCharsets.UTF_8));
  }

  String base() {
    return base;
  }

  Reply get(String path) {
    return send("GET", path, null, key());
  }

  Reply post(String path, String json) {
    return send("POST", path, json, key());
  }

  Reply put(String path, String json) {
    return send("PUT", path, json, key());
  }

  Reply asOperator(String method, String path, String json) {
    return send(method, path, json, operator);
  }

  /** The answer, which must have this status (anything else stops the benchmark). */
  static Reply expect(Reply reply, int status, String what) {
    if (reply.status() != status) {
      throw new IllegalStateException(
          what + " answered " + reply.status() + " (expected " + status + "): " + cut(reply.body));
    }
    return reply;
  }

  /** An admin key of the default account, created once by the operator. */
  String key() {
    String current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          Reply created =
              expect(
                  asOperator(
                      "POST",
                      "/api/v1/accounts/" + DEFAULT_ACCOUNT + "/api-keys",
                      "{\"name\":\"write bench " + System.nanoTime() + "\",\"role\":\"admin\"}"),
                  201,
                  "creating the benchmark's key");
          key = "Bearer " + created.json().getString("key");
        }
        current = key;
      }
    }
    return current;
  }

  Reply send(String method, String path, String json, String authorization) {
    long start = System.nanoTime();
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(base + path).toURL().openConnection();
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(300_000);
      connection.setRequestMethod(method);
      connection.setRequestProperty("Accept", "application/json");
      connection.setRequestProperty("Authorization", authorization);
      if (json != null) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(bytes.length);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
          out.write(bytes);
        }
      }
      int status = connection.getResponseCode();
      // reading the body to its end hands the connection back to the keep-alive cache
      try (InputStream body =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return new Reply(status, text, System.nanoTime() - start);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + ": " + e, e);
    }
  }

  static String cut(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
