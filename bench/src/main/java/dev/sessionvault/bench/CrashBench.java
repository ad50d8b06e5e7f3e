package dev.sessionvault.bench;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crash benchmark: clients ingest the corpus, the server is killed with SIGKILL at a random
 * moment, restarted, and then checked: every acknowledged message stored, no batch half there, the
 * index back within seconds from the outbox (no rebuild) with one document per row, every stored
 * message found by search, and every session's aggregates equal to the sums of its messages.
 */
final class CrashBench {
  /** What one kill showed. */
  record Run(
      int number,
      double killedAfterSeconds,
      long acknowledged,
      long stored,
      long lost,
      long pendingAtRestart,
      double startSeconds,
      double caughtUpSeconds,
      String rebuild,
      long documents,
      long rows,
      long found,
      int halfBatches,
      int wrongAggregates,
      List<String> problems) {
    boolean passed() {
      return problems.isEmpty();
    }
  }

  private static final int CLIENTS = 4;

  private final ApiClient api;
  private final ServerControl server;
  private final Corpus corpus;
  private final Random random;

  /** Every request sent, acknowledged or not: its externalId prefix and its number of messages. */
  private final java.util.Map<String, Integer> sent = new ConcurrentHashMap<>();

  /** Messages acknowledged per second in the last run: places the next run's kill. */
  private double pace;

  CrashBench(ApiClient api, ServerControl server, Corpus corpus, long seed) {
    this.api = api;
    this.server = server;
    this.corpus = corpus;
    this.random = new Random(seed);
  }

  /**
   * One run: the clients share out the corpus's sessions; the kill comes somewhere between a tenth
   * and nine tenths of the load's expected length ({@code guessSeconds} for the first run, the
   * previous run's pace after that).
   */
  Run run(int number, int batch, double guessSeconds) throws Exception {
    double expectedSeconds = pace > 0 ? corpus.messages / pace : guessSeconds;
    AtomicInteger nextSession = new AtomicInteger();
    String token = "crash" + number + "x" + Long.toString(System.nanoTime(), 36);
    List<String> sessions = new ArrayList<>();
    List<Set<String>> acknowledged = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      sessions.add(
          ApiClient.expect(
                  api.post(
                      "/api/v1/sessions",
                      "{\"agent\":\"codex\",\"name\":\"crash run " + number + "\"}"),
                  201,
                  "create")
              .json()
              .getString("id"));
      acknowledged.add(ConcurrentHashMap.newKeySet());
    }
    AtomicBoolean up = new AtomicBoolean(true);
    AtomicLong acked = new AtomicLong();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () ->
                  ingest(
                      client,
                      sessions.get(client),
                      batch,
                      token,
                      nextSession,
                      up,
                      acked,
                      acknowledged));
      thread.start();
      clients.add(thread);
    }
    double killAt = expectedSeconds * (0.1 + 0.8 * random.nextDouble());
    long start = System.nanoTime();
    while ((System.nanoTime() - start) / 1e9 < killAt) {
      Thread.sleep(20);
    }
    double killedAfter = (System.nanoTime() - start) / 1e9;
    pace = acked.get() / killedAfter;
    server.kill();
    up.set(false);
    for (Thread client : clients) {
      client.join();
    }
    System.out.printf(
        Locale.ROOT,
        "  run %d: killed after %.1f s, %,d messages acknowledged%n",
        number,
        killedAfter,
        acked.get());

    long restart = System.nanoTime();
    server.start();
    double startSeconds = (System.nanoTime() - restart) / 1e9;
    JsonObject status = indexStatus(false);
    long pending = status.getJsonNumber("pendingChanges").longValue();
    while (!status.getBoolean("caughtUp")) {
      Thread.sleep(50);
      status = indexStatus(false);
    }
    double caughtUp = (System.nanoTime() - restart) / 1e9;
    status = indexStatus(true);

    List<String> problems = new ArrayList<>();
    long stored = 0;
    long lost = 0;
    int halfBatches = 0;
    int wrongAggregates = 0;
    for (int c = 0; c < CLIENTS; c++) {
      Check check = check(sessions.get(c));
      stored += check.messages.size();
      Set<String> missing = new HashSet<>(acknowledged.get(c));
      missing.removeAll(check.messages);
      lost += missing.size();
      halfBatches += check.halfBatches;
      wrongAggregates += check.aggregatesRight ? 0 : 1;
    }
    long found =
        ApiClient.expect(api.get("/api/v1/search?q=" + token + "&size=1"), 200, "search")
            .json()
            .getJsonNumber("total")
            .longValue();
    long documents = status.getJsonNumber("documents").longValue();
    long rows = status.getJsonNumber("rows").longValue();
    String rebuild = status.getJsonObject("rebuild").getString("state");
    if (lost > 0) {
      problems.add(lost + " acknowledged messages lost");
    }
    if (halfBatches > 0) {
      problems.add(halfBatches + " batches half stored");
    }
    if (wrongAggregates > 0) {
      problems.add(wrongAggregates + " sessions with aggregates that differ from their messages");
    }
    if (documents != rows) {
      problems.add("index holds " + documents + " documents for " + rows + " rows");
    }
    if (found != stored) {
      problems.add("search found " + found + " of the " + stored + " stored messages");
    }
    if (!rebuild.equals("idle")) {
      problems.add("the index was rebuilt (" + rebuild + ")");
    }
    Run result =
        new Run(
            number,
            killedAfter,
            acked.get(),
            stored,
            lost,
            pending,
            startSeconds,
            caughtUp,
            rebuild,
            documents,
            rows,
            found,
            halfBatches,
            wrongAggregates,
            problems);
    System.out.printf(
        Locale.ROOT,
        "    restarted in %.1f s, %,d changes pending, searchable after %.1f s; %s%n",
        startSeconds,
        pending,
        caughtUp,
        problems.isEmpty() ? "all checks pass" : String.join("; ", problems));
    return result;
  }

  /** One client: batches of the corpus (every fifth request a single message) until the kill. */
  private void ingest(
      int client,
      String session,
      int batch,
      String token,
      AtomicInteger nextSession,
      AtomicBoolean up,
      AtomicLong acked,
      List<Set<String>> acknowledged) {
    int request = 0;
    for (int next = nextSession.getAndIncrement();
        next < corpus.sessions && up.get();
        next = nextSession.getAndIncrement()) {
      List<Corpus.Message> messages = corpus.session(next).messages();
      for (int from = 0; from < messages.size() && up.get(); request++) {
        int size = request % 5 == 4 ? 1 : batch;
        List<Corpus.Message> part = messages.subList(from, Math.min(messages.size(), from + size));
        from += part.size();
        String prefix = token + "c" + client + "r" + request + "-";
        sent.put(prefix, part.size());
        StringBuilder json = new StringBuilder(part.size() * 400).append('[');
        for (int i = 0; i < part.size(); i++) {
          Corpus.Message message = part.get(i);
          json.append(i == 0 ? "{" : ",{")
              .append("\"externalId\":\"")
              .append(prefix)
              .append(i)
              .append("\",\"role\":")
              .append(HttpBench.quote(message.role()))
              .append(",\"content\":")
              .append(HttpBench.quote(message.content() + " " + token))
              .append(",\"tokens\":{\"input\":7,\"output\":11},\"costUsd\":0.00031}");
        }
        json.append(']');
        try {
          ApiClient.Reply reply =
              api.post("/api/v1/sessions/" + session + "/messages", json.toString());
          if (reply.status() != 201) {
            return; // the server is going down
          }
        } catch (RuntimeException killed) {
          return; // the connection died with the server: never acknowledged
        }
        for (int i = 0; i < part.size(); i++) {
          acknowledged.get(client).add(prefix + i);
        }
        acked.addAndGet(part.size());
      }
    }
  }

  /** What a session holds after the restart. */
  private record Check(Set<String> messages, int halfBatches, boolean aggregatesRight) {}

  private Check check(String session) {
    StoredSession stored = StoredSession.read(api, session);
    Set<String> externalIds = new HashSet<>();
    java.util.Map<String, Integer> batches = new java.util.HashMap<>();
    for (JsonObject message : stored.messages()) {
      String externalId = message.getString("externalId");
      externalIds.add(externalId);
      batches.merge(externalId.substring(0, externalId.indexOf('-') + 1), 1, Integer::sum);
    }
    // every request is all there or not at all
    int half =
        (int)
            batches.entrySet().stream()
                .filter(batch -> !batch.getValue().equals(sent.get(batch.getKey())))
                .count();
    boolean right = externalIds.size() == stored.messages().size() && stored.aggregatesMatch();
    return new Check(externalIds, half, right);
  }

  private JsonObject indexStatus(boolean counts) {
    return ApiClient.expect(
            api.asOperator("GET", "/api/v1/admin/index" + (counts ? "?counts=true" : ""), null),
            200,
            "index status")
        .json();
  }
}
