package dev.sessionvault.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything over HTTP: loading through the public API, the index rebuild, and the queries.
 *
 * <p>Longer than 300 lines because loading, rebuilding and querying share one HTTP client and the
 * corpus's bookkeeping (benchmark code, not the product).
 */
final class HttpBench {

  /** A run that cannot go on: a 5xx, a missing endpoint, an unexpected answer. */
  static class Failure extends RuntimeException {
    Failure(String message) {
      super(message);
    }
  }

  /** An endpoint that does not exist (404): the HTTP phase stops, the Lucene floor still runs. */
  static final class Missing extends Failure {
    Missing(String message) {
      super(message);
    }
  }

  private final String base;
  private final Corpus corpus;
  private final Results results;

  /** HTTP/1.1 only: the JDK client otherwise tries an h2c upgrade that Liberty leaves hanging. */
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The embedded default's first account, where the corpus is loaded. */
  private static final String DEFAULT_ACCOUNT = "00000000-0000-7000-8000-000000000001";

  private final String operator;
  private String accountKey;

  HttpBench(String base, Corpus corpus, Results results, String operatorPassword) {
    this.operator =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(("operator:" + operatorPassword).getBytes(StandardCharsets.UTF_8));
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.corpus = corpus;
    this.results = results;
  }

  // ---------------------------------------------------------------- load

  void load(int threads, int batchSize) throws InterruptedException {
    results.loadThreads = threads;
    results.batchSize = batchSize;
    AtomicInteger nextSession = new AtomicInteger();
    AtomicInteger sessionsDone = new AtomicInteger();
    AtomicLong messagesDone = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            try {
              while (failure.get() == null) {
                int index = nextSession.getAndIncrement();
                if (index >= corpus.sessions) {
                  return;
                }
                loadSession(corpus.session(index), batchSize, messagesDone);
                sessionsDone.incrementAndGet();
              }
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            }
          });
    }
    pool.shutdown();
    long lastReport = start;
    while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
      long now = System.nanoTime();
      if (now - lastReport >= 10_000_000_000L) {
        lastReport = now;
        double seconds = (now - start) / 1e9;
        long done = messagesDone.get();
        System.out.printf(
            "  loaded %,d / %,d messages (%,d sessions) in %.0f s: %,.0f messages/s, eta %.0f s%n",
            done,
            corpus.messages,
            sessionsDone.get(),
            seconds,
            done / seconds,
            (corpus.messages - done) / Math.max(1, done / seconds));
      }
    }
    if (failure.get() == null) {
      // the index follows the database: loading is done when everything is searchable
      System.out.printf(
          "  acknowledged in %.1f s; waiting for the index to catch up%n",
          (System.nanoTime() - start) / 1e9);
      awaitIndexed();
    }
    results.loadSeconds = (System.nanoTime() - start) / 1e9;
    results.loadedMessages = messagesDone.get();
    results.createdSessions = sessionsDone.get();
    Throwable error = failure.get();
    if (error != null) {
      throw error instanceof Failure f
          ? f
          : new Failure(
              "loading failed: " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }
  }

  private void loadSession(Corpus.Session session, int batchSize, AtomicLong messagesDone) {
    StringBuilder body = new StringBuilder(256);
    body.append("{\"agent\":").append(quote(session.agent()));
    body.append(",\"name\":").append(quote(session.name()));
    body.append(",\"model\":").append(quote(session.model()));
    body.append(",\"tags\":[");
    for (int i = 0; i < session.tags().size(); i++) {
      body.append(i == 0 ? "" : ",").append(quote(session.tags().get(i)));
    }
    body.append("]}");
    HttpResponse<String> created = send(post("/api/v1/sessions", body.toString()), false);
    expect(created, 201, "create a session");
    String id = json(created.body()).getString("id");

    List<Corpus.Message> messages = session.messages();
    for (int from = 0; from < messages.size(); from += batchSize) {
      int to = Math.min(messages.size(), from + batchSize);
      StringBuilder batch = new StringBuilder((to - from) * 360);
      batch.append('[');
      for (int i = from; i < to; i++) {
        Corpus.Message message = messages.get(i);
        batch.append(i == from ? "{" : ",{");
        batch.append("\"role\":").append(quote(message.role()));
        if (message.toolName() != null) {
          batch.append(",\"toolName\":").append(quote(message.toolName()));
        }
        batch.append(",\"content\":").append(quote(message.content())).append('}');
      }
      batch.append(']');
      HttpResponse<String> appended =
          send(post("/api/v1/sessions/" + id + "/messages", batch.toString()), false);
      expect(appended, 201, "append a batch of messages");
      messagesDone.addAndGet(to - from);
    }
  }

  /** Waits until every committed change is searchable ({@code GET /api/v1/admin/index}). */
  private void awaitIndexed() throws InterruptedException {
    while (true) {
      HttpResponse<String> status =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/index"))
                  .header("Authorization", operator)
                  .GET()
                  .build(),
              false);
      expect(status, 200, "read the index status");
      if (json(status.body()).getBoolean("caughtUp")) {
        return;
      }
      Thread.sleep(200);
    }
  }

  // ---------------------------------------------------------------- rebuild

  /** Rebuilds the whole index (MassIndexer) and returns its wall time in seconds. */
  void reindex(long timeoutSeconds) throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> started =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reindex"))
                .header("Authorization", operator)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            false);
    if (started.statusCode() == 404) {
      throw new Missing(
          "the rebuild endpoint POST /api/v1/admin/reindex answered 404: it does not exist in this"
              + " build");
    }
    expect(started, 202, "start the index rebuild");
    long deadline = start + timeoutSeconds * 1_000_000_000L;
    long lastReport = start;
    while (true) {
      Thread.sleep(1000);
      HttpResponse<String> status =
          send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reindex"))
                  .header("Authorization", operator)
                  .GET()
                  .build(),
              false);
      expect(status, 200, "read the rebuild status");
      JsonObject state = json(status.body());
      String name = state.getString("state", "?");
      long now = System.nanoTime();
      if (name.equals("completed")) {
        results.reindexSeconds = (now - start) / 1e9;
        return;
      }
      if (name.equals("failed")) {
        throw new Failure("the index rebuild failed: " + status.body());
      }
      if (now > deadline) {
        throw new Failure("the index rebuild did not complete in " + timeoutSeconds + " s");
      }
      if (now - lastReport >= 10_000_000_000L) {
        lastReport = now;
        System.out.printf(
            "  rebuild %s: %s / %s entities, %s/s, eta %s s%n",
            name,
            state.get("done"),
            state.get("total"),
            state.get("ratePerSecond"),
            state.get("etaSeconds"));
      }
    }
  }

  // ---------------------------------------------------------------- search

  /** Waits until search answers 200 (it answers 503 with Retry-After during a rebuild). */
  void awaitSearch(String query, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (true) {
      HttpResponse<String> response = send(searchRequest(query), true);
      int status = response.statusCode();
      if (status == 200) {
        return;
      }
      if (status == 404) {
        throw new Missing(
            "the search endpoint GET /api/v1/search answered 404: it does not exist in this build ("
                + abbreviate(response.body())
                + ")");
      }
      if (status != 503) {
        expect(response, 200, "search");
      }
      if (System.nanoTime() > deadline) {
        throw new Failure("search still answers 503 after " + timeoutSeconds + " s");
      }
      long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(1);
      Thread.sleep(Math.max(1, Math.min(retryAfter, 10)) * 1000);
    }
  }

  /**
   * Warm-up passes over the fixed queries (at least {@code warmup}, and for at least {@code
   * warmupSeconds}), then {@code passes} measured passes over them (none: the fixed queries only
   * warm up), single-threaded.
   */
  void search(List<String> queries, int warmup, int warmupSeconds, int passes) {
    results.queries = queries;
    results.loadBeforeHttpQueries = Machine.loadAverage();
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    int warmupPasses = 0;
    while (warmupPasses < warmup || System.nanoTime() < warmupEnd) {
      for (String query : queries) {
        timedSearch(query);
      }
      warmupPasses++;
    }
    results.httpWarmupPasses = warmupPasses;
    if (passes <= 0) {
      return;
    }
    long[] totals = new long[queries.size()];
    long[][] nanos = new long[passes][queries.size()];
    for (int pass = 0; pass < passes; pass++) {
      for (int q = 0; q < queries.size(); q++) {
        Timed timed = timedSearch(queries.get(q));
        nanos[pass][q] = timed.nanos();
        if (pass == 0) {
          totals[q] = timed.total();
          results.httpMarks += timed.marks();
          if (timed.total() > 0 && timed.marks() == 0) {
            results.httpQueriesWithHitsButNoMark++;
          }
        }
      }
    }
    results.httpTotals = totals;
    results.httpNanos = nanos;
  }

  /**
   * Each fresh query once, in order, single-threaded, right after {@link #search} warmed the server
   * up on the fixed queries: the server has not seen these before.
   */
  void searchFresh(List<String> fresh) {
    results.loadBeforeHttpFresh = Machine.loadAverage();
    long[] totals = new long[fresh.size()];
    long[] nanos = new long[fresh.size()];
    for (int q = 0; q < fresh.size(); q++) {
      Timed timed = timedSearch(fresh.get(q));
      nanos[q] = timed.nanos();
      totals[q] = timed.total();
      results.httpFreshMarks += timed.marks();
      if (timed.total() > 0 && timed.marks() == 0) {
        results.httpFreshQueriesWithHitsButNoMark++;
      }
    }
    results.httpFreshTotals = totals;
    results.httpFreshNanos = nanos;
  }

  /** One query's latency, its total and the {@code <mark>} in its highlights. */
  private record Timed(long nanos, long total, long marks) {}

  /**
   * One measured query, through a blocking keep-alive connection ({@link HttpURLConnection}): the
   * JDK's {@link HttpClient} hands every exchange between its own threads, which added about 1 ms a
   * request on the 2-core machine, measured against this client on the same queries
   * (BENCHMARKS.md).
   */
  private Timed timedSearch(String query) {
    URI uri = searchUri(query);
    long start = System.nanoTime();
    Reply response = blockingGet(uri);
    long nanos = System.nanoTime() - start;
    if (response.status() != 200) {
      throw new Failure(
          "could not search for \""
              + query
              + "\": GET /api/v1/search answered "
              + response.status()
              + " (expected 200): "
              + abbreviate(response.body()));
    }
    long total;
    JsonArray hits;
    long marks = 0;
    try {
      JsonObject body = json(response.body());
      total = body.getJsonNumber("total").longValue();
      hits = body.getJsonArray("hits");
      for (JsonValue hit : hits) {
        JsonArray highlights = hit.asJsonObject().getJsonArray("highlights");
        if (highlights != null) {
          for (JsonValue highlight : highlights) {
            String html =
                highlight instanceof JsonString string ? string.getString() : highlight.toString();
            marks += count(html, "<mark>");
          }
        }
      }
    } catch (RuntimeException e) {
      throw new Failure(
          "search for \""
              + query
              + "\" answered 200 but not the expected {\"total\": n, \"hits\": [{\"highlights\":"
              + " [...]}]} ("
              + e
              + "): "
              + abbreviate(response.body()));
    }
    if (hits.size() > Math.min(20, total)) {
      throw new Failure(
          "search for \"" + query + "\" returned " + hits.size() + " hits of total " + total);
    }
    return new Timed(nanos, total, marks);
  }

  private URI searchUri(String query) {
    return URI.create(
        base + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=20");
  }

  /** A status and a body, from the blocking client the measured queries use. */
  private record Reply(int status, String body) {}

  private Reply blockingGet(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(60_000);
      connection.setRequestProperty("Accept", "application/json");
      connection.setRequestProperty("Authorization", accountKey());
      int status = connection.getResponseCode();
      // reading the body to its end returns the connection to the keep-alive cache
      try (InputStream body =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        if (status >= 500) {
          throw new Failure(
              "GET "
                  + uri
                  + " answered "
                  + status
                  + ": "
                  + abbreviate(text)
                  + " (server log: messages.log of sessionvault-bench)");
        }
        return new Reply(status, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + uri + ": " + e, e);
    }
  }

  private HttpRequest searchRequest(String query) {
    return HttpRequest.newBuilder(searchUri(query))
        .timeout(Duration.ofMinutes(1))
        .header("Accept", "application/json")
        .header("Authorization", accountKey())
        .GET()
        .build();
  }

  // ---------------------------------------------------------------- plumbing

  /**
   * A bearer admin key of the default account, which the loader and the queries act in; created
   * once by the operator (the rebuild is the operator's).
   */
  private synchronized String accountKey() {
    if (accountKey == null) {
      HttpResponse<String> created =
          send(
              HttpRequest.newBuilder(
                      URI.create(base + "/api/v1/accounts/" + DEFAULT_ACCOUNT + "/api-keys"))
                  .header("Authorization", operator)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"bench\",\"role\":\"admin\"}"))
                  .build(),
              false);
      expect(created, 201, "create the benchmark's API key as the operator");
      accountKey = "Bearer " + json(created.body()).getString("key");
    }
    return accountKey;
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", accountKey())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  /** Sends; any 5xx (except a 503 the caller expects) aborts the benchmark. */
  private HttpResponse<String> send(HttpRequest request, boolean allow503) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    }
    int status = response.statusCode();
    if (status >= 500 && !(allow503 && status == 503)) {
      throw new Failure(
          request.method()
              + " "
              + request.uri()
              + " answered "
              + status
              + ": "
              + abbreviate(response.body())
              + " (server log: messages.log of sessionvault-bench)");
    }
    return response;
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new Failure(
          "could not "
              + what
              + ": "
              + response.request().method()
              + " "
              + response.request().uri().getPath()
              + " answered "
              + response.statusCode()
              + " (expected "
              + status
              + "): "
              + abbreviate(response.body()));
    }
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static long count(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
  }
}
