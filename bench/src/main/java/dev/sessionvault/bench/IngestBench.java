package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The write benchmark: single-client latency of the common writes and reads, many clients appending
 * at once, and bulk loading with the index kept up, against a running server; the figures go to
 * {@link IngestReport}.
 *
 * <p>Longer than 300 lines because its three phases share the client, the warm-up and the sampling
 * (benchmark code, not the product).
 */
final class IngestBench {
  /** What one run measured. */
  static final class Figures {
    final List<String> lines = new ArrayList<>();
    final List<Row> latencies = new ArrayList<>();
    int warmupRequests;
    double warmupSeconds;
    int clients;
    double concurrentSeconds;
    long concurrentAppends;
    Latencies.Summary concurrent;
    long bulkMessages;
    int bulkThreads;
    int bulkBatch;
    double bulkStoredSeconds;
    double bulkIndexedSeconds;
    double bulkMaxLagSeconds;
    Latencies.Summary bulkBatches;
    long documents;
    long rows;
    long bulkFound;
    List<HeapSampler.Sample> heap = List.of();
    double bulkHeapFrom;
    double bulkHeapTo;
    JdbcFloor.Figures floor;
    String floorError;
    final List<String> failures = new ArrayList<>();
  }

  /** One measured operation. */
  record Row(String operation, Latencies.Summary summary) {}

  private final ApiClient api;
  private final Corpus corpus;
  private final Figures figures = new Figures();
  private final String token = "ingest" + Long.toString(System.nanoTime(), 36);

  /** Messages for the single and concurrent phases, generated once (not on the clock). */
  private final List<Corpus.Message> pool = new ArrayList<>();

  IngestBench(ApiClient api, Corpus corpus) {
    this.api = api;
    this.corpus = corpus;
    for (int s = 0; s < Math.min(corpus.sessions, 40); s++) {
      pool.addAll(corpus.session(s).messages());
    }
  }

  Figures figures() {
    return figures;
  }

  /** Warm-up, then the single-client operations; {@code samples} appends are measured. */
  void single(int warmupSeconds, int samples) {
    String session = newSession(0);
    // a listing page shows previews: give the first sessions a first user message
    for (int i = 1; i <= 25; i++) {
      append(newSession(i), 0, i);
    }
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long start = System.nanoTime();
    int requests = 0;
    for (int round = 0; System.nanoTime() < warmupEnd; round++) {
      requests += mixedRound(session, round);
    }
    figures.warmupRequests = requests;
    figures.warmupSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("  warmed up with %,d requests in %.0f s%n", requests, figures.warmupSeconds);

    long[] append = new long[samples];
    for (int i = 0; i < samples; i++) {
      append[i] = append(session, i, i).nanos();
    }
    record("POST /sessions/{id}/messages, 1 message", append);
    long[] batch = new long[samples / 10];
    for (int i = 0; i < batch.length; i++) {
      batch[i] = appendBatch(session, i, 20).nanos();
    }
    record("POST /sessions/{id}/messages, 20 messages", batch);
    long[] create = new long[samples / 2];
    for (int i = 0; i < create.length; i++) {
      create[i] =
          ApiClient.expect(api.post("/api/v1/sessions", sessionJson(i)), 201, "create").nanos();
    }
    record("POST /sessions", create);
    long[] todos = new long[samples / 2];
    for (int i = 0; i < todos.length; i++) {
      todos[i] = putTodos(session, i).nanos();
    }
    record("PUT /sessions/{id}/todos", todos);
    long[] read = new long[samples];
    for (int i = 0; i < read.length; i++) {
      read[i] = ApiClient.expect(api.get("/api/v1/sessions/" + session), 200, "read").nanos();
    }
    record("GET /sessions/{id}", read);
    long[] list = new long[samples];
    for (int i = 0; i < list.length; i++) {
      list[i] = ApiClient.expect(api.get("/api/v1/sessions?size=20"), 200, "list sessions").nanos();
    }
    record("GET /sessions?size=20 (a page with previews)", list);
    long[] searchable = new long[Math.max(1, samples / 20)];
    for (int i = 0; i < searchable.length; i++) {
      searchable[i] = untilSearchable(session, i);
    }
    record(SEARCHABLE, searchable);
  }

  /** The row of {@link #single}'s table that is not a request's time. */
  static final String SEARCHABLE = "an append until search finds it";

  /**
   * Appends a message with a word of its own and searches for it every 2 ms: the time from the
   * append's answer until search finds it.
   */
  private long untilSearchable(String session, int n) {
    String word = token + "lag" + n;
    String json =
        "{\"role\":\"user\",\"content\":\"how soon is "
            + word
            + " searchable\",\"tokens\":{\"input\":1,\"output\":1},\"costUsd\":0.0001}";
    ApiClient.expect(api.post("/api/v1/sessions/" + session + "/messages", json), 201, "append");
    long acknowledged = System.nanoTime();
    long deadline = acknowledged + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      jakarta.json.JsonObject found =
          ApiClient.expect(api.get("/api/v1/search?q=" + word + "&size=1"), 200, "search").json();
      if (found.getJsonNumber("total").longValue() > 0) {
        return System.nanoTime() - acknowledged;
      }
      sleep(2);
    }
    throw new IllegalStateException(word + " was not searchable 60 s after it was acknowledged");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** {@code clients} threads, each appending single messages to its own session. */
  void concurrent(int clients, int seconds) throws InterruptedException {
    figures.clients = clients;
    List<String> sessions = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      sessions.add(newSession(c));
    }
    Clients.Rate rate =
        Clients.run(
            clients,
            seconds,
            c -> api,
            (node, client, n) -> append(sessions.get(client), n, client).nanos());
    figures.concurrentSeconds = rate.seconds();
    figures.concurrentAppends = rate.requests();
    figures.concurrent = rate.latency();
    System.out.printf(
        Locale.ROOT,
        "  %d clients: %,.0f appends/s, median %.2f ms, p99 %.2f ms%n",
        clients,
        rate.perSecond(),
        figures.concurrent.median(),
        figures.concurrent.p99());
  }

  /**
   * {@code threads} clients load the corpus in batches of {@code batch} (sessions of the corpus's
   * size); measured until the last batch is acknowledged and until the index holds all of it.
   */
  void bulk(int threads, int batch, HeapSampler heap) throws InterruptedException {
    figures.bulkThreads = threads;
    figures.bulkBatch = batch;
    figures.bulkHeapFrom = heap == null ? 0 : heap.now();
    AtomicInteger nextSession = new AtomicInteger();
    AtomicLong loaded = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<long[]> batchNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger batches = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            try {
              for (int s = nextSession.getAndIncrement();
                  s < corpus.sessions && failure.get() == null;
                  s = nextSession.getAndIncrement()) {
                Corpus.Session session = corpus.session(s);
                String id = newSession(s, session);
                List<Corpus.Message> messages = session.messages();
                for (int from = 0; from < messages.size(); from += batch) {
                  List<Corpus.Message> part =
                      messages.subList(from, Math.min(messages.size(), from + batch));
                  String json = batchJson(part, s + "-" + from);
                  ApiClient.Reply reply =
                      ApiClient.expect(
                          api.post("/api/v1/sessions/" + id + "/messages", json), 201, "bulk");
                  batchNanos.add(new long[] {reply.nanos()});
                  batches.incrementAndGet();
                  loaded.addAndGet(part.size());
                }
              }
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            }
          });
    }
    pool.shutdown();
    double maxLag = 0;
    long lastReport = start;
    while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
      maxLag = Math.max(maxLag, lagSeconds());
      if (System.nanoTime() - lastReport > 10_000_000_000L) {
        lastReport = System.nanoTime();
        double seconds = (lastReport - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  %,d messages in %.0f s: %,.0f/s, index %.1f s behind%n",
            loaded.get(),
            seconds,
            loaded.get() / seconds,
            lagSeconds());
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("bulk loading failed: " + failure.get(), failure.get());
    }
    figures.bulkStoredSeconds = (System.nanoTime() - start) / 1e9;
    figures.bulkMessages = loaded.get();
    while (true) {
      var status = indexStatus();
      maxLag = Math.max(maxLag, status.getJsonNumber("lagSeconds").doubleValue());
      if (status.getBoolean("caughtUp")) {
        break;
      }
      Thread.sleep(50);
    }
    figures.bulkIndexedSeconds = (System.nanoTime() - start) / 1e9;
    var counted =
        ApiClient.expect(
                api.asOperator("GET", "/api/v1/admin/index?counts=true", null), 200, "counts")
            .json();
    figures.documents = counted.getJsonNumber("documents").longValue();
    figures.rows = counted.getJsonNumber("rows").longValue();
    figures.bulkMaxLagSeconds = maxLag;
    figures.bulkHeapTo = heap == null ? 0 : heap.now();
    figures.bulkBatches =
        Latencies.summarize(batchNanos.stream().mapToLong(sample -> sample[0]).toArray());
    figures.bulkFound =
        ApiClient.expect(api.get("/api/v1/search?q=" + token + "&size=1"), 200, "search")
            .json()
            .getJsonNumber("total")
            .longValue();
    if (figures.bulkFound != batches.get()) {
      figures.failures.add(
          "search found "
              + figures.bulkFound
              + " of the "
              + batches.get()
              + " bulk batches' marked messages");
    }
    if (figures.documents != figures.rows) {
      figures.failures.add(
          "the index holds " + figures.documents + " documents for " + figures.rows + " rows");
    }
    System.out.printf(
        Locale.ROOT,
        "  %,d messages stored in %.1f s (%,.0f/s), searchable after %.1f s (%,.0f/s)%n",
        figures.bulkMessages,
        figures.bulkStoredSeconds,
        figures.bulkMessages / figures.bulkStoredSeconds,
        figures.bulkIndexedSeconds,
        figures.bulkMessages / figures.bulkIndexedSeconds);
  }

  // ---------------------------------------------------------------- requests

  /** One round of the warm-up: every measured operation once. */
  private int mixedRound(String session, int round) {
    append(session, round, round);
    appendBatch(session, round, 20);
    ApiClient.expect(api.post("/api/v1/sessions", sessionJson(round)), 201, "create");
    putTodos(session, round);
    ApiClient.expect(api.get("/api/v1/sessions/" + session), 200, "read");
    ApiClient.expect(api.get("/api/v1/sessions?size=20"), 200, "list");
    return 6;
  }

  private String newSession(int n) {
    return ApiClient.expect(api.post("/api/v1/sessions", sessionJson(n)), 201, "create")
        .json()
        .getString("id");
  }

  private String newSession(int n, Corpus.Session session) {
    String json =
        "{\"agent\":"
            + HttpBench.quote(session.agent())
            + ",\"name\":"
            + HttpBench.quote(session.name())
            + ",\"model\":"
            + HttpBench.quote(session.model())
            + ",\"tags\":[\"bulk\"]}";
    return ApiClient.expect(api.post("/api/v1/sessions", json), 201, "create " + n)
        .json()
        .getString("id");
  }

  private static String sessionJson(int n) {
    return "{\"agent\":\""
        + Corpus.AGENTS[n % Corpus.AGENTS.length]
        + "\",\"name\":\"write bench "
        + n
        + "\",\"model\":\""
        + Corpus.MODELS[n % Corpus.MODELS.length]
        + "\",\"tags\":[\"bench\"]}";
  }

  private ApiClient.Reply append(String session, int n, int salt) {
    Corpus.Message message = corpusMessage(n + salt * 7919);
    String json =
        "{\"role\":\"user\",\"content\":"
            + HttpBench.quote(message.content())
            + ",\"tokens\":{\"input\":12,\"output\":3},\"costUsd\":0.0001}";
    return ApiClient.expect(
        api.post("/api/v1/sessions/" + session + "/messages", json), 201, "append");
  }

  private ApiClient.Reply appendBatch(String session, int n, int size) {
    List<Corpus.Message> messages = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      messages.add(corpusMessage(n * size + i));
    }
    return ApiClient.expect(
        api.post("/api/v1/sessions/" + session + "/messages", batchJson(messages, null)),
        201,
        "append a batch");
  }

  private ApiClient.Reply putTodos(String session, int n) {
    String json =
        "[{\"content\":\"write the test "
            + n
            + "\",\"status\":\"in_progress\"},{\"content\":\"fix the build\",\"status\":\"pending\"}]";
    return ApiClient.expect(api.put("/api/v1/sessions/" + session + "/todos", json), 200, "todos");
  }

  /**
   * A JSON array of the messages; the last one carries the run's token when {@code mark} is set.
   */
  private String batchJson(List<Corpus.Message> messages, String mark) {
    StringBuilder json = new StringBuilder(messages.size() * 380).append('[');
    for (int i = 0; i < messages.size(); i++) {
      Corpus.Message message = messages.get(i);
      String content = message.content();
      if (mark != null && i == messages.size() - 1) {
        content = content + " " + token;
      }
      json.append(i == 0 ? "{" : ",{").append("\"role\":").append(HttpBench.quote(message.role()));
      if (message.toolName() != null) {
        json.append(",\"toolName\":").append(HttpBench.quote(message.toolName()));
      }
      json.append(",\"content\":").append(HttpBench.quote(content));
      json.append(",\"tokens\":{\"input\":120,\"output\":30},\"costUsd\":0.00042}");
    }
    return json.append(']').toString();
  }

  private Corpus.Message corpusMessage(int n) {
    return pool.get(Math.floorMod(n, pool.size()));
  }

  private jakarta.json.JsonObject indexStatus() {
    return ApiClient.expect(api.asOperator("GET", "/api/v1/admin/index", null), 200, "index status")
        .json();
  }

  private double lagSeconds() {
    return indexStatus().getJsonNumber("lagSeconds").doubleValue();
  }

  private void record(String operation, long[] nanos) {
    Latencies.Summary summary = Latencies.summarize(nanos);
    figures.latencies.add(new Row(operation, summary));
    System.out.printf(
        Locale.ROOT,
        "  %-45s median %6.2f ms, p99 %6.2f ms (%d)%n",
        operation,
        summary.median(),
        summary.p99(),
        summary.count());
  }
}
