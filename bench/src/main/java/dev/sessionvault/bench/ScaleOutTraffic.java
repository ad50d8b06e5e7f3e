package dev.sessionvault.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The measured traffic of the scale-out benchmark, each kind through one node and through both:
 * search and concurrent single-message appends (how soon a write is found: {@link Visibility}).
 */
final class ScaleOutTraffic {
  /** One ingest run: the writers' rate and latency, and a prober's visibility delays meanwhile. */
  record Ingest(Clients.Rate writes, Visibility.Delays visibility) {}

  private final TwoNodes nodes;
  private final List<String> queries;
  private final List<Corpus.Message> pool = new ArrayList<>();
  private final String run = "so" + Long.toString(System.nanoTime(), 36);

  ScaleOutTraffic(TwoNodes nodes, Corpus corpus, List<String> queries) {
    this.nodes = nodes;
    this.queries = queries;
    for (int s = 0; s < Math.min(corpus.sessions, 40); s++) {
      pool.addAll(corpus.session(s).messages());
    }
  }

  // ---------------------------------------------------------------- search

  /**
   * A warm-up of both nodes, then one client's latency through each node (the totals must agree),
   * then {@code clients} clients' throughput through node A alone and spread over both.
   */
  void search(
      int warmupSeconds,
      int passes,
      int clients,
      int seconds,
      ScaleOutReport report,
      List<ScaleOutBench.Check> checks) {
    System.out.printf("Search: warm-up of both nodes for %d s%n", warmupSeconds);
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    for (int pass = 0; System.nanoTime() < warmupEnd; pass++) {
      for (int q = 0; q < queries.size(); q++) {
        TwoNodes.search(nodes.of(q + pass), queries.get(q), 20);
      }
    }
    long[] totalsA = new long[queries.size()];
    long[] totalsB = new long[queries.size()];
    report.searchA = oneClient(nodes.a(), passes, totalsA, report);
    report.searchB = oneClient(nodes.b(), passes, totalsB, report);
    int differing = 0;
    for (int q = 0; q < queries.size(); q++) {
      differing += totalsA[q] == totalsB[q] ? 0 : 1;
    }
    checks.add(
        new ScaleOutBench.Check(
            "both nodes count the same hits for every query",
            differing == 0,
            differing + " of " + queries.size() + " queries differ"));
    checks.add(
        new ScaleOutBench.Check(
            "every query with hits has highlighted matches, on both nodes",
            report.unmarked == 0,
            report.unmarked + " answers with hits but no <mark>"));
    System.out.printf(
        Locale.ROOT,
        "  one client: node A median %.2f ms, p99 %.2f ms; node B median %.2f ms, p99 %.2f ms%n",
        report.searchA.median(),
        report.searchA.p99(),
        report.searchB.median(),
        report.searchB.p99());
    report.searchOneNode = Clients.run(clients, seconds, c -> nodes.a(), this::searchRequest);
    report.searchTwoNodes = Clients.run(clients, seconds, nodes::of, this::searchRequest);
    System.out.printf(
        Locale.ROOT,
        "  %d clients: %.0f searches/s through A, %.0f through both%n",
        clients,
        report.searchOneNode.perSecond(),
        report.searchTwoNodes.perSecond());
  }

  private Latencies.Summary oneClient(
      ApiClient node, int passes, long[] totals, ScaleOutReport report) {
    long[] nanos = new long[passes * queries.size()];
    for (int pass = 0; pass < passes; pass++) {
      for (int q = 0; q < queries.size(); q++) {
        ApiClient.Reply reply = TwoNodes.search(node, queries.get(q), 20);
        nanos[pass * queries.size() + q] = reply.nanos();
        if (pass == 0) {
          totals[q] = reply.json().getJsonNumber("total").longValue();
          if (totals[q] > 0 && !reply.body().contains("<mark>")) {
            report.unmarked++;
          }
        }
      }
    }
    return Latencies.summarize(nanos);
  }

  /** One request of a search client: the {@code n}-th query of the fixed list. */
  private long searchRequest(ApiClient node, int client, int n) {
    return TwoNodes.search(node, queries.get((client * 37 + n) % queries.size()), 20).nanos();
  }

  // ---------------------------------------------------------------- ingest

  /**
   * {@code writers} clients appending single messages, each to a session of its own, for {@code
   * seconds}: all through node A, then spread over both; meanwhile a prober writes on A and
   * searches on A (one node) or B (two nodes). Every acknowledged append must be found once on both
   * nodes.
   */
  void ingest(int writers, int seconds, ScaleOutReport report, List<ScaleOutBench.Check> checks)
      throws InterruptedException {
    report.ingestOneNode =
        ingestOnce("one node", writers, seconds, c -> nodes.a(), nodes.a(), checks);
    report.ingestTwoNodes = ingestOnce("two nodes", writers, seconds, nodes::of, nodes.b(), checks);
  }

  private Ingest ingestOnce(
      String label,
      int writers,
      int seconds,
      IntFunction<ApiClient> nodeOf,
      ApiClient probeReader,
      List<ScaleOutBench.Check> checks)
      throws InterruptedException {
    String token = run + label.charAt(0) + "w";
    String[] sessions = new String[writers];
    for (int w = 0; w < writers; w++) {
      sessions[w] = newSession(nodeOf.apply(w), "ingest " + label + " " + w);
    }
    String probeSession = newSession(nodes.a(), "visibility under load " + label);
    List<Long> probes = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicReference<Throwable> probeFailure = new AtomicReference<>();
    Thread prober =
        new Thread(
            () -> {
              try {
                for (int i = 0; System.nanoTime() < end; i++) {
                  probes.add(
                      Visibility.untilFound(nodes.a(), probeSession, probeReader, token + "p" + i));
                  Thread.sleep(200);
                }
              } catch (Throwable e) {
                probeFailure.set(e);
              }
            });
    prober.start();
    Clients.Rate rate =
        Clients.run(
            writers,
            seconds,
            nodeOf,
            (node, client, n) ->
                ApiClient.expect(
                        node.post(
                            "/api/v1/sessions/" + sessions[client] + "/messages",
                            json(List.of(message(client * 7919 + n)), token)),
                        201,
                        "append")
                    .nanos());
    prober.join();
    if (probeFailure.get() != null) {
      throw new IllegalStateException("the visibility prober failed", probeFailure.get());
    }
    nodes.awaitCaughtUp();
    long onA = TwoNodes.total(nodes.a(), token);
    long onB = TwoNodes.total(nodes.b(), token);
    checks.add(
        new ScaleOutBench.Check(
            "every append acknowledged during the " + label + " ingest is found on both nodes",
            onA == rate.requests() && onB == rate.requests(),
            String.format(
                Locale.ROOT,
                "%,d acknowledged, found %,d on A and %,d on B",
                rate.requests(),
                onA,
                onB)));
    Visibility.Delays visibility =
        Visibility.Delays.of(probes.stream().mapToLong(Long::longValue).toArray());
    System.out.printf(
        Locale.ROOT,
        "  %d writers through %s: %.0f appends/s, median %.2f ms, p99 %.2f ms; found after %.0f ms"
            + " median, %.0f ms at most%n",
        writers,
        label,
        rate.perSecond(),
        rate.latency().median(),
        rate.latency().p99(),
        visibility.median(),
        visibility.max());
    return new Ingest(rate, visibility);
  }

  // ---------------------------------------------------------------- plumbing

  static String newSession(ApiClient node, String name) {
    return ApiClient.expect(
            node.post(
                "/api/v1/sessions",
                "{\"agent\":\"claude_code\",\"name\":"
                    + HttpBench.quote(name)
                    + ",\"tags\":[\"bench\"]}"),
            201,
            "create a session")
        .json()
        .getString("id");
  }

  private Corpus.Message message(int n) {
    return pool.get(Math.floorMod(n, pool.size()));
  }

  /** A JSON array of the messages, each carrying {@code mark} as a word of its own when set. */
  static String json(List<Corpus.Message> messages, String mark) {
    StringBuilder json = new StringBuilder(messages.size() * 380).append('[');
    for (int i = 0; i < messages.size(); i++) {
      Corpus.Message message = messages.get(i);
      String content = mark == null ? message.content() : message.content() + " " + mark;
      json.append(i == 0 ? "{" : ",{").append("\"role\":").append(HttpBench.quote(message.role()));
      if (message.toolName() != null) {
        json.append(",\"toolName\":").append(HttpBench.quote(message.toolName()));
      }
      json.append(",\"content\":").append(HttpBench.quote(content)).append('}');
    }
    return json.append(']').toString();
  }
}
