package dev.sessionvault.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client of the deployed Session Vault API, as a user's HTTP client would talk to it. Every reply
 * is checked to be below 500: no request the suite sends may make the server fail.
 */
public final class Api {
  /** The test server's port, set per database by failsafe. */
  public static final int PORT = Integer.getInteger("it.http.port", 9181);

  public static final String ROOT = "http://localhost:" + PORT;
  public static final String BASE = ROOT + "/api/v1";

  /**
   * Whether the test server keeps its index in a search cluster (OpenSearch) that nodes share,
   * rather than a Lucene index of its own: failsafe names the cluster then.
   */
  public static final boolean SHARED_INDEX = System.getProperty("it.search.url") != null;

  // HTTP/1.1: the JDK client otherwise attempts an h2c upgrade that Liberty answers oddly.
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Api() {}

  public static Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public static Reply post(String path, String json, String... headers) {
    return send("POST", path, json, headers);
  }

  public static Reply put(String path, String json, String... headers) {
    return send("PUT", path, json, headers);
  }

  public static Reply patch(String path, String json, String... headers) {
    return send(
        "PATCH", path, json, concat(headers, "Content-Type", "application/merge-patch+json"));
  }

  public static Reply delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /**
   * Sends a request; {@code path} is relative to /api/v1 unless absolute. A JSON body gets {@code
   * Content-Type: application/json} unless the headers name another. The request carries the
   * suite's admin key of the default account ({@link Credentials#defaultAdminKey()}) unless the
   * headers give an {@code Authorization} of their own ({@link Credentials#NONE}: none at all).
   */
  public static Reply send(String method, String path, String body, String... headers) {
    if (method.equals("GET") && path.startsWith("/search")) {
      awaitIndexed();
    }
    URI uri = URI.create(path.startsWith("http") ? path : BASE + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
    boolean contentType = false;
    boolean authorization = false;
    for (int i = 0; i < headers.length; i += 2) {
      boolean isAuthorization = headers[i].equalsIgnoreCase("Authorization");
      authorization |= isAuthorization;
      if (!(isAuthorization && headers[i + 1].equals(Credentials.NONE))) {
        request.header(headers[i], headers[i + 1]);
      }
      contentType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!authorization) {
      request.header("Authorization", Credentials.bearer(Credentials.defaultAdminKey()));
    }
    if (body != null && !contentType) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(method + " " + uri, response);
      // 503 while the search index is rebuilt and 507 at a storage quota are designed answers,
      // not server errors
      assertTrue(
          reply.status() < 500
              || reply.status() == 503 && reply.body().contains("/problems/index-rebuilding")
              || reply.status() == 503 && uri.getPath().startsWith("/health/")
              || reply.status() == 507 && reply.body().contains("/problems/storage-quota-exceeded"),
          () -> "server error: " + reply);
      return reply;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends bytes and reads bytes (a ZIP backup, out or in), with the suite's admin key unless the
   * headers give an {@code Authorization}.
   */
  public static HttpResponse<byte[]> bytes(
      String method, String path, byte[] body, String... headers) {
    URI uri = URI.create(path.startsWith("http") ? path : BASE + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
    boolean authorization = false;
    for (int i = 0; i < headers.length; i += 2) {
      authorization |= headers[i].equalsIgnoreCase("Authorization");
      request.header(headers[i], headers[i + 1]);
    }
    if (!authorization) {
      request.header("Authorization", Credentials.bearer(Credentials.defaultAdminKey()));
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(response.statusCode() < 500, () -> "server error: " + method + " " + uri);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until every committed change is searchable, as a client that must find its own writes
   * does: the index follows the database within a moment ({@code GET /admin/index}). Returns at
   * once while a rebuild runs (search answers 503 then).
   */
  public static void awaitIndexed() {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      var status = get("/admin/index", "Authorization", Credentials.operator()).expect(200).json();
      if (status.getBoolean("caughtUp")
          || status.getJsonObject("rebuild").getString("state").equals("running")) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the index did not catch up within 60 s: " + status);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String[] concat(String[] headers, String name, String value) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = name;
    all[headers.length + 1] = value;
    return all;
  }
}
