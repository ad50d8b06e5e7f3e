package dev.sessionvault.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The transfer benchmark: one session of many messages (200,000 by default) exported in every
 * format and imported back from its JSON export, the server's heap sampled throughout. What it
 * shows is whether export and import stream: a server with a heap much smaller than the session
 * must still do both.
 */
final class TransferBench {
  /** One measured step: its time, the bytes it moved and the server's heap meanwhile. */
  record Step(
      String what, double seconds, long bytes, long messages, double peakMib, double peakOldMib) {}

  /** What one run measured, and what was wrong with it. */
  record Figures(int messages, List<Step> steps, List<String> failures) {}

  static final List<String> FORMATS = List.of("json", "jsonl", "markdown", "html");

  private final ApiClient api;
  private final Path work;
  private final HeapSampler heap;
  private final List<Step> steps = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  TransferBench(ApiClient api, Path work, HeapSampler heap) {
    this.api = api;
    this.work = work;
    this.heap = heap;
  }

  /** Loads the session, exports it in {@code formats} (json first: the import reads it). */
  Figures run(int messages, int batch, List<String> formats)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    double from = clock();
    long start = System.nanoTime();
    String session = load(messages, batch);
    step("load: " + messages / batch + " appends of " + batch, start, from, 0, messages);
    JsonObject original = ApiClient.expect(api.get("/api/v1/sessions/" + session), 200, "read").json();
    Path json = null;
    for (String format : formats) {
      Path file = work.resolve("transfer-export." + format);
      from = clock();
      start = System.nanoTime();
      download("/api/v1/sessions/" + session + "/export?format=" + format, file);
      step("export " + format, start, from, Files.size(file), messages);
      json = format.equals("json") ? file : json;
    }
    from = clock();
    start = System.nanoTime();
    JsonObject job = importAndWait(json);
    step("import the json export", start, from, Files.size(json), messages);
    check(original, job);
    from = clock();
    start = System.nanoTime();
    awaitIndexed();
    step("after it: until search has caught up", start, from, 0, messages);
    checkIndex();
    return new Figures(messages, steps, failures);
  }

  private String load(int messages, int batch) {
    String session =
        ApiClient.expect(
                api.post("/api/v1/sessions", "{\"agent\":\"claude_code\",\"name\":\"transfer\"}"),
                201,
                "create")
            .json()
            .getString("id");
    Corpus corpus = new Corpus(messages, Math.max(1, messages / 1000));
    List<Corpus.Message> pending = new ArrayList<>(batch);
    for (int s = 0; s < corpus.sessions; s++) {
      for (Corpus.Message message : corpus.session(s).messages()) {
        pending.add(message);
        if (pending.size() == batch) {
          append(session, pending);
        }
      }
    }
    if (!pending.isEmpty()) {
      append(session, pending);
    }
    return session;
  }

  private void append(String session, List<Corpus.Message> messages) {
    StringBuilder json = new StringBuilder(messages.size() * 400).append('[');
    for (Corpus.Message message : messages) {
      json.append(json.length() == 1 ? "{" : ",{")
          .append("\"role\":")
          .append(HttpBench.quote(message.role()));
      if (message.toolName() != null) {
        json.append(",\"toolName\":").append(HttpBench.quote(message.toolName()));
      }
      json.append(",\"content\":").append(HttpBench.quote(message.content()));
      json.append(",\"tokens\":{\"input\":120,\"output\":30},\"costUsd\":0.00042}");
    }
    ApiClient.expect(
        api.post("/api/v1/sessions/" + session + "/messages", json.append(']').toString()),
        201,
        "append");
    messages.clear();
  }

  /** Streams a response body into a file (a 200,000-message export would not fit a String). */
  private void download(String path, Path file) throws IOException {
    HttpURLConnection connection = open("GET", path);
    check(connection.getResponseCode(), 200, path, connection);
    try (InputStream body = connection.getInputStream()) {
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Posts a file as it is read, then polls the import job until it ends. */
  private JsonObject importAndWait(Path file) throws IOException, InterruptedException {
    HttpURLConnection connection = open("POST", "/api/v1/imports");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(Files.size(file));
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      Files.copy(file, out);
    }
    int status = connection.getResponseCode();
    if (status == 201) { // under the server's threshold for background jobs: imported at once
      try (InputStream body = connection.getInputStream()) {
        String report = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return jakarta.json.Json.createObjectBuilder()
            .add("state", "completed")
            .add("report", jakarta.json.Json.createReader(new java.io.StringReader(report)).readObject())
            .build();
      }
    }
    check(status, 202, "POST /imports", connection);
    String location = connection.getHeaderField("Location");
    connection.getInputStream().readAllBytes();
    String path = location.substring(location.indexOf("/api/v1/"));
    while (true) {
      JsonObject job = ApiClient.expect(api.get(path), 200, "import job").json();
      if (!job.getString("state").equals("queued") && !job.getString("state").equals("running")) {
        return job;
      }
      Thread.sleep(200);
    }
  }

  /** The imported copy must match the original in every aggregate. */
  private void check(JsonObject original, JsonObject job) {
    if (!job.getString("state").equals("completed") || !job.containsKey("report")) {
      failures.add("the import did not complete: " + ApiClient.cut(job.toString()));
      return;
    }
    JsonObject result = job.getJsonObject("report").getJsonArray("sessions").getJsonObject(0);
    if (!result.getString("outcome").equals("imported")) {
      failures.add("the import failed: " + ApiClient.cut(result.toString()));
      return;
    }
    JsonObject copy =
        ApiClient.expect(api.get("/api/v1/sessions/" + result.getString("id")), 200, "read copy")
            .json();
    for (String field :
        List.of("messageCount", "turnCount", "inputTokens", "outputTokens", "totalCostUsd")) {
      if (!String.valueOf(original.get(field)).equals(String.valueOf(copy.get(field)))) {
        failures.add(
            field + " differs: " + original.get(field) + " exported, " + copy.get(field) + " back");
      }
    }
  }

  private JsonObject indexStatus(String query) {
    return ApiClient.expect(
            api.asOperator("GET", "/api/v1/admin/index" + query, null), 200, "index status")
        .json();
  }

  private void awaitIndexed() throws InterruptedException {
    while (!indexStatus("").getBoolean("caughtUp")) {
      Thread.sleep(100);
    }
  }

  /** Every message and interaction of both sessions is in the index, once. */
  private void checkIndex() {
    JsonObject counted = indexStatus("?counts=true");
    long documents = counted.getJsonNumber("documents").longValue();
    long rows = counted.getJsonNumber("rows").longValue();
    if (documents != rows) {
      failures.add("the index holds " + documents + " documents for " + rows + " rows");
    }
  }

  private HttpURLConnection open(String method, String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(api.base() + path).toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(1_800_000);
    connection.setRequestMethod(method);
    connection.setRequestProperty("Authorization", api.key());
    return connection;
  }

  private static void check(int status, int expected, String what, HttpURLConnection connection)
      throws IOException {
    if (status != expected) {
      InputStream error = connection.getErrorStream();
      String body = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
      throw new UncheckedIOException(
          new IOException(what + " answered " + status + ": " + ApiClient.cut(body)));
    }
  }

  private double clock() {
    return heap == null ? 0 : heap.now();
  }

  private void step(String what, long start, double from, long bytes, long messages) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double to = clock();
    List<HeapSampler.Sample> during =
        heap == null
            ? List.of()
            : heap.samples().stream()
                .filter(s -> s.seconds() >= from - 1 && s.seconds() <= to + 1)
                .toList();
    double peak = during.stream().mapToDouble(HeapSampler.Sample::usedMib).max().orElse(0);
    double old = during.stream().mapToDouble(HeapSampler.Sample::oldMib).max().orElse(0);
    steps.add(new Step(what, seconds, bytes, messages, peak, old));
    System.out.printf(
        "  %-45s %8.1f s %,14d bytes  heap peak %,6.0f MiB (old %,6.0f)%n",
        what, seconds, bytes, peak, old);
  }
}
