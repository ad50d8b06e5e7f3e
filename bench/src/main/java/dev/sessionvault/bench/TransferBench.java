package dev.sessionvault.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
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
  /** What one run measured, and what was wrong with it. */
  record Figures(int messages, List<Steps.Step> steps, List<String> failures) {}

  static final List<String> FORMATS = List.of("json", "jsonl", "markdown", "html");

  private final ApiClient api;
  private final Path work;
  private final Steps steps;
  private final List<String> failures = new ArrayList<>();

  TransferBench(ApiClient api, Path work, HeapSampler heap) {
    this.api = api;
    this.work = work;
    this.steps = new Steps(heap);
  }

  /** Loads the session, exports it in {@code formats} (json first: the import reads it). */
  Figures run(int messages, int batch, List<String> formats)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Steps.Timer timer = steps.start();
    String session = load(messages, batch);
    timer.done("load: " + messages / batch + " appends of " + batch, 0, messages);
    JsonObject original =
        ApiClient.expect(api.get("/api/v1/sessions/" + session), 200, "read").json();
    Path json = null;
    for (String format : formats) {
      Path file = work.resolve("transfer-export." + format);
      timer = steps.start();
      download("/api/v1/sessions/" + session + "/export?format=" + format, file);
      timer.done("export " + format, Files.size(file), messages);
      json = format.equals("json") ? file : json;
    }
    timer = steps.start();
    JsonObject job = Uploads.importAndWait(api, json);
    timer.done("import the json export", Files.size(json), messages);
    check(original, job);
    timer = steps.start();
    awaitIndexed();
    timer.done("after it: until search has caught up", 0, messages);
    checkIndex();
    return new Figures(messages, steps.all(), failures);
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
    HttpURLConnection connection = Uploads.open(api, "GET", path);
    Uploads.check(connection.getResponseCode(), 200, path, connection);
    try (InputStream body = connection.getInputStream()) {
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
}
