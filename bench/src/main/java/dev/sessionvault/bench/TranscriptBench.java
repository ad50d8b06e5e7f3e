package dev.sessionvault.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transcript benchmark: a real Claude Code session imported on a warm server and sent again
 * unchanged; a synthetic tree of transcripts synchronised through {@code sv sync} (the client's
 * jar); and one very large transcript imported while the server's heap is sampled.
 */
final class TranscriptBench {
  /** What one run measured. */
  record Figures(
      String corpusFile,
      long corpusBytes,
      Latencies.Summary imports,
      Latencies.Summary resyncs,
      String tokenCheck,
      int treeFiles,
      long treeMessages,
      long treeBytes,
      JsonObject sync,
      List<Steps.Step> steps,
      List<String> failures) {}

  private final ApiClient api;
  private final Path work;
  private final Steps steps;
  private final List<String> failures = new ArrayList<>();
  private final SyntheticTranscripts synthetic = new SyntheticTranscripts();

  TranscriptBench(ApiClient api, Path work, HeapSampler heap) {
    this.api = api;
    this.work = work;
    this.steps = new Steps(heap);
  }

  Figures run(
      Path corpus,
      int warmupSeconds,
      int samples,
      int treeFiles,
      int treeMessagesEach,
      int bigMegabytes,
      Path cliJar)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Latencies.Summary imports = Latencies.Summary.EMPTY;
    Latencies.Summary resyncs = Latencies.Summary.EMPTY;
    String tokenCheck = "no corpus file: skipped";
    long corpusBytes = 0;
    if (Files.isRegularFile(corpus)) {
      corpusBytes = Files.size(corpus);
      String original = Files.readString(corpus);
      String sessionId = corpus.getFileName().toString().replace(".jsonl", "");
      System.out.printf("Warming up for %d s on %s%n", warmupSeconds, corpus.getFileName());
      long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      Path copy = work.resolve("transcript-copy.jsonl");
      while (System.nanoTime() < until) {
        Files.writeString(copy, original.replace(sessionId, UUID.randomUUID().toString()));
        post(copy, null);
        post(copy, null);
      }
      long[] importNanos = new long[samples];
      String last = null;
      for (int i = 0; i < samples; i++) {
        last = UUID.randomUUID().toString();
        Files.writeString(copy, original.replace(sessionId, last));
        importNanos[i] = post(copy, "imported");
      }
      long[] resyncNanos = new long[samples * 3];
      for (int i = 0; i < resyncNanos.length; i++) {
        resyncNanos[i] = post(copy, "unchanged");
      }
      imports = Latencies.summarize(importNanos);
      resyncs = Latencies.summarize(resyncNanos);
      tokenCheck = checkTokens(original, last);
      System.out.printf(
          "  import median %.0f ms (p95 %.0f), unchanged re-sync median %.1f ms (p95 %.1f); %s%n",
          imports.median(), imports.p95(), resyncs.median(), resyncs.p95(), tokenCheck);
    } else {
      System.out.println("No corpus file at " + corpus + ": the real session is skipped");
    }

    JsonObject sync = Json.createObjectBuilder().build();
    long treeBytes = 0;
    if (treeFiles > 0) {
      Path home = work.resolve("transcript-tree");
      System.out.printf(
          "Writing %,d transcripts of %,d messages under %s%n", treeFiles, treeMessagesEach, home);
      treeBytes = synthetic.writeTree(home, treeFiles, treeMessagesEach);
      Steps.Timer timer = steps.start();
      sync = runSync(cliJar, home);
      timer.done("sv sync of the tree", treeBytes, sync.getJsonNumber("messages").longValue());
      long expected = (long) treeFiles * treeMessagesEach;
      if (sync.getInt("failed") > 0 || sync.getJsonNumber("messages").longValue() != expected) {
        failures.add("sv sync: " + sync + " (expected " + expected + " new messages)");
      }
    }

    if (bigMegabytes > 0) {
      Path big = work.resolve("transcript-big.jsonl");
      String id = UUID.randomUUID().toString();
      long lines =
          synthetic.writeTranscript(
              big, id, Long.MAX_VALUE, (long) bigMegabytes * 1_000_000, 1_000);
      System.out.printf("One transcript of %,d bytes (%,d lines)%n", Files.size(big), lines);
      Steps.Timer timer = steps.start();
      JsonObject job = Uploads.importAndWait(api, big);
      timer.done("import of one " + bigMegabytes + " MB transcript", Files.size(big), lines);
      JsonObject session = ApiClient.expect(api.get("/api/v1/sessions/" + id), 200, "big").json();
      if (!job.getString("state").equals("completed")
          || session.getJsonNumber("messageCount").longValue() != lines) {
        failures.add("the large transcript: " + ApiClient.cut(job.toString()));
      }
    }
    return new Figures(
        corpus.toString(),
        corpusBytes,
        imports,
        resyncs,
        tokenCheck,
        treeFiles,
        (long) treeFiles * treeMessagesEach,
        treeBytes,
        sync,
        steps.all(),
        failures);
  }

  /** Posts a transcript; answers the nanoseconds to the end of the answer. */
  private long post(Path file, String outcome) throws IOException, InterruptedException {
    long start = System.nanoTime();
    JsonObject job = Uploads.importAndWait(api, file);
    long nanos = System.nanoTime() - start;
    String got =
        job.getJsonObject("report").getJsonArray("sessions").getJsonObject(0).getString("outcome");
    if (outcome != null && !outcome.equals(got)) {
      failures.add("expected " + outcome + ", got " + ApiClient.cut(job.toString()));
    }
    return nanos;
  }

  /**
   * The session's token totals against a count of the file made here: per response (message.id and
   * requestId), the usage of its line with the largest totals.
   */
  private String checkTokens(String transcript, String sessionId) {
    Map<String, long[]> best = new HashMap<>();
    for (String line : transcript.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject record;
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        record = reader.readObject();
      }
      if (!"assistant".equals(record.getString("type", ""))
          || record.getBoolean("isSidechain", false)) {
        continue;
      }
      JsonObject message = record.getJsonObject("message");
      JsonObject usage = message.getJsonObject("usage");
      long[] counts = {
        usage.getJsonNumber("input_tokens").longValue(),
        usage.getJsonNumber("output_tokens").longValue(),
        usage.getJsonNumber("cache_read_input_tokens").longValue(),
        usage.getJsonNumber("cache_creation_input_tokens").longValue()
      };
      String key = message.getString("id") + "|" + record.getString("requestId", "");
      long[] known = best.get(key);
      if (known == null || total(counts) > total(known)) {
        best.put(key, counts);
      }
    }
    long[] sums = new long[4];
    best.values()
        .forEach(
            c -> {
              for (int i = 0; i < 4; i++) {
                sums[i] += c[i];
              }
            });
    JsonObject session =
        ApiClient.expect(api.get("/api/v1/sessions/" + sessionId), 200, "read").json();
    long[] stored = {
      session.getJsonNumber("inputTokens").longValue(),
      session.getJsonNumber("outputTokens").longValue(),
      session.getJsonNumber("cacheReadTokens").longValue(),
      session.getJsonNumber("cacheWriteTokens").longValue()
    };
    String figures =
        String.format(
            "input %,d, output %,d, cache read %,d, cache write %,d",
            sums[0], sums[1], sums[2], sums[3]);
    if (!java.util.Arrays.equals(sums, stored)) {
      failures.add("token totals differ: counted " + figures + ", stored " + session);
      return "DIFFERENT from the count of the file (" + figures + ")";
    }
    return "equal to an independent count of the file: " + figures;
  }

  private static long total(long[] counts) {
    return counts[0] + counts[1] + counts[2] + counts[3];
  }

  private JsonObject runSync(Path cliJar, Path home) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.home=" + home,
            "-jar",
            cliJar.toString(),
            "sync",
            "--claude",
            "--json");
    builder.environment().put("SESSIONVAULT_URL", api.base());
    builder.environment().put("SESSIONVAULT_API_KEY", api.key().replaceFirst("^Bearer ", ""));
    builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0 || out.isBlank()) {
      failures.add("sv sync exited " + exit + ": " + ApiClient.cut(out));
      return Json.createObjectBuilder().add("messages", 0).add("failed", 1).build();
    }
    try (JsonReader reader = Json.createReader(new StringReader(out))) {
      return reader.readObject();
    }
  }
}
