package dev.sessionvault.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load benchmark: many clients at once for minutes, each doing what users and their assistants
 * do (searches, listings, reads, appends, todo lists, status changes) back to back on a keep-alive
 * connection. Measures every operation, counts errors (any answer other than the expected one),
 * samples the heap, and checks at the end that every written session's aggregates are the sums of
 * its stored messages.
 */
final class LoadBench {
  /** The operations, with their share of the requests. */
  enum Op {
    SEARCH(25),
    LIST(15),
    READ(15),
    READ_MESSAGES(10),
    APPEND(20),
    APPEND_BATCH(5),
    TODOS(7),
    STATUS(3);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }
  }

  /** Per operation: latencies, errors; per minute: requests and heap. */
  static final class Figures {
    final Map<Op, Latencies.Summary> summaries = new EnumMap<>(Op.class);
    final Map<Op, Long> errors = new EnumMap<>(Op.class);
    final List<String> errorSamples = new ArrayList<>();
    final List<long[]> perMinute = new ArrayList<>();
    List<HeapSampler.Sample> heap = List.of();
    int clients;
    double seconds;
    long requests;
    int sessionsChecked;
    int wrongAggregates;
  }

  private final ApiClient api;
  private final List<Corpus.Message> pool = new ArrayList<>();
  private final List<String> words;
  private final Map<Op, List<long[]>> samples = new ConcurrentHashMap<>();
  private final Map<Op, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<String> errorSamples =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong requests = new AtomicLong();

  LoadBench(ApiClient api, Corpus corpus) {
    this.api = api;
    for (int s = 0; s < Math.min(corpus.sessions, 40); s++) {
      pool.addAll(corpus.session(s).messages());
    }
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      for (String word : pool.get(i % pool.size()).content().split("[^\\p{L}\\p{N}_]+")) {
        if (word.length() > 2) {
          all.add(word);
        }
      }
    }
    this.words = all;
    for (Op op : Op.values()) {
      samples.put(op, java.util.Collections.synchronizedList(new ArrayList<>()));
      errors.put(op, new AtomicLong());
    }
  }

  Figures run(int clients, int seconds, HeapSampler heap) throws InterruptedException {
    Figures figures = new Figures();
    figures.clients = clients;
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<List<String>> owned = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<String> mine = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        mine.add(
            ApiClient.expect(
                    api.post(
                        "/api/v1/sessions",
                        "{\"agent\":\"claude_code\",\"name\":\"load "
                            + c
                            + "\",\"status\":\"active\"}"),
                    201,
                    "create")
                .json()
                .getString("id"));
      }
      owned.add(mine);
    }
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread = new Thread(() -> client(client, owned, end));
      thread.start();
      threads.add(thread);
    }
    long minute = start;
    long lastCount = 0;
    while (threads.stream().anyMatch(Thread::isAlive)) {
      Thread.sleep(500);
      if (System.nanoTime() - minute >= 60_000_000_000L) {
        minute = System.nanoTime();
        long count = requests.get();
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        figures.perMinute.add(new long[] {count - lastCount, errorCount});
        System.out.printf(
            Locale.ROOT,
            "  minute %d: %,d requests (%,.0f/s), %d errors so far%n",
            figures.perMinute.size(),
            count - lastCount,
            (count - lastCount) / 60.0,
            errorCount);
        lastCount = count;
      }
    }
    figures.seconds = (System.nanoTime() - start) / 1e9;
    figures.requests = requests.get();
    for (Op op : Op.values()) {
      figures.summaries.put(
          op, Latencies.summarize(samples.get(op).stream().mapToLong(s -> s[0]).toArray()));
      figures.errors.put(op, errors.get(op).get());
    }
    figures.errorSamples.addAll(errorSamples.subList(0, Math.min(10, errorSamples.size())));
    if (heap != null) {
      figures.heap = heap.samples();
    }
    for (List<String> mine : owned) {
      for (String session : mine) {
        figures.sessionsChecked++;
        if (!aggregatesRight(session)) {
          figures.wrongAggregates++;
        }
      }
    }
    return figures;
  }

  private void client(int client, List<List<String>> owned, long end) {
    Random random = new Random(client * 7919L + 17);
    List<String> mine = owned.get(client);
    // each client alone changes its sessions' status: it knows it (an append makes one active)
    java.util.Map<String, String> status = new java.util.HashMap<>();
    mine.forEach(session -> status.put(session, "active"));
    int n = 0;
    while (System.nanoTime() < end) {
      Op op = pick(random);
      String session = mine.get(n % mine.size());
      String any = owned.get(random.nextInt(owned.size())).get(random.nextInt(2));
      long startOp = System.nanoTime();
      int expected;
      ApiClient.Reply reply;
      try {
        switch (op) {
          case SEARCH -> {
            expected = 200;
            reply = api.get("/api/v1/search?size=20&q=" + query(random));
          }
          case LIST -> {
            expected = 200;
            reply = api.get("/api/v1/sessions?size=20&sort=lastActivityAt&order=desc");
          }
          case READ -> {
            expected = 200;
            reply = api.get("/api/v1/sessions/" + any);
          }
          case READ_MESSAGES -> {
            expected = 200;
            reply = api.get("/api/v1/sessions/" + any + "/messages?limit=50");
          }
          case APPEND -> {
            expected = 201;
            reply = api.post("/api/v1/sessions/" + session + "/messages", message(random, n));
            status.put(session, "active");
          }
          case APPEND_BATCH -> {
            expected = 201;
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 20; i++) {
              batch.append(i == 0 ? "" : ",").append(message(random, n * 100 + i));
            }
            reply = api.post("/api/v1/sessions/" + session + "/messages", batch + "]");
            status.put(session, "active");
          }
          case TODOS -> {
            expected = 200;
            reply =
                api.put(
                    "/api/v1/sessions/" + session + "/todos",
                    "[{\"content\":\"step "
                        + n
                        + "\",\"status\":\"in_progress\"},{\"content\":\"ship it\",\"status\":\"pending\"}]");
          }
          default -> {
            expected = 200;
            // back and forth between active and idle, each allowed from the other
            String next = status.get(session).equals("active") ? "idle" : "active";
            reply =
                api.post(
                    "/api/v1/sessions/" + session + "/status", "{\"status\":\"" + next + "\"}");
            if (reply.status() == 200) {
              status.put(session, next);
            }
          }
        }
      } catch (RuntimeException e) {
        error(op, e.toString());
        n++;
        continue;
      }
      long nanos = System.nanoTime() - startOp;
      requests.incrementAndGet();
      if (reply.status() != expected) {
        error(op, reply.status() + " " + ApiClient.cut(reply.body()));
      } else {
        samples.get(op).add(new long[] {nanos});
      }
      n++;
    }
  }

  private void error(Op op, String what) {
    errors.get(op).incrementAndGet();
    if (errorSamples.size() < 50) {
      errorSamples.add(op + ": " + what);
    }
  }

  private static Op pick(Random random) {
    int roll = random.nextInt(100);
    for (Op op : Op.values()) {
      roll -= op.weight;
      if (roll < 0) {
        return op;
      }
    }
    return Op.SEARCH;
  }

  private String query(Random random) {
    StringBuilder q = new StringBuilder();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      q.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return URLEncoder.encode(q.toString(), StandardCharsets.UTF_8);
  }

  private String message(Random random, int n) {
    Corpus.Message message = pool.get(random.nextInt(pool.size()));
    return "{\"role\":"
        + HttpBench.quote(message.role())
        + ",\"content\":"
        + HttpBench.quote(message.content())
        + ",\"tokens\":{\"input\":"
        + (n % 50)
        + ",\"output\":3},\"costUsd\":0.0002}";
  }

  private boolean aggregatesRight(String session) {
    return StoredSession.read(api, session).aggregatesMatch();
  }
}
