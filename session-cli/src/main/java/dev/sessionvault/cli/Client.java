package dev.sessionvault.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The API over HTTP/1.1 with the configured key. Answers other than 2xx become a {@link
 * CliException} carrying the problem's detail and the exit code of its kind.
 */
final class Client {
  private static final Duration JOB_POLL = Duration.ofMillis(500);

  private final Config config;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  Client(Config config) {
    this.config = config;
  }

  String url() {
    return config.url();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  JsonObject get(String path) {
    return json(send(request(path).GET(), HttpResponse.BodyHandlers.ofString()));
  }

  /** A streamed answer (an export, a transcript), with its headers. */
  HttpResponse<InputStream> stream(String path) {
    HttpResponse<InputStream> response =
        send(request(path).GET(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() >= 300) {
      try (InputStream body = response.body()) {
        fail(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8), path);
      } catch (IOException e) {
        fail(response.statusCode(), "", path);
      }
    }
    return response;
  }

  /**
   * Sends a file to {@code POST /imports} and answers the import's report; a large file is imported
   * by a background job on the server, which this waits for.
   */
  JsonObject importFile(Path file, String query) {
    HttpRequest.BodyPublisher body;
    try {
      body = HttpRequest.BodyPublishers.ofFile(file);
    } catch (java.io.FileNotFoundException e) {
      throw new CliException(CliException.INVALID, "cannot read " + file + ": no such file");
    }
    HttpResponse<String> response =
        send(
            request("/api/v1/imports" + query)
                .header("Content-Type", "application/octet-stream")
                .POST(body),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      return json(response);
    }
    String job = response.headers().firstValue("Location").orElseThrow();
    while (true) {
      JsonObject state = json(send(request(job).GET(), HttpResponse.BodyHandlers.ofString()));
      String now = state.getString("state", "");
      if (now.equals("completed")) {
        return state.getJsonObject("report");
      }
      if (now.equals("failed")) {
        throw new CliException(
            CliException.FAILED, "the import of " + file + " failed: " + state.get("error"));
      }
      sleep(JOB_POLL);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : config.url() + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + config.apiKey())
        .header("Accept", "application/json, */*");
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request.build(), handler);
    } catch (ConnectException | HttpTimeoutException e) {
      throw new CliException(
          CliException.UNREACHABLE,
          "cannot reach "
              + config.url()
              + ": "
              + (e.getMessage() != null ? e.getMessage() : "connection refused"));
    } catch (IOException e) {
      throw new CliException(
          CliException.UNREACHABLE, "cannot talk to " + config.url() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(CliException.FAILED, "interrupted");
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    if (response.statusCode() >= 300) {
      fail(response.statusCode(), response.body(), response.uri().getPath());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** Turns an error answer (problem+json) into a message saying what to fix. */
  static void fail(int status, String body, String path) {
    String detail = body;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject problem = reader.readObject();
      StringBuilder text =
          new StringBuilder(problem.getString("detail", problem.getString("title", "")));
      if (problem.get("errors") instanceof jakarta.json.JsonArray errors) {
        for (JsonValue error : errors) {
          JsonObject e = error.asJsonObject();
          text.append("\n  ").append(e.getString("field", "")).append(": ");
          text.append(e.getString("message", ""));
        }
      }
      detail = text.toString();
    } catch (RuntimeException notJson) {
      // the body as it is
    }
    int code =
        switch (status) {
          case 401 -> CliException.REFUSED;
          case 403 -> CliException.REFUSED;
          case 404 -> CliException.NOT_FOUND;
          default -> status >= 500 ? CliException.FAILED : CliException.INVALID;
        };
    String hint = status == 401 ? " (run `sv login` again: the key was refused)" : "";
    throw new CliException(code, status + " from " + path + ": " + detail + hint);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(CliException.FAILED, "interrupted");
    }
  }
}
