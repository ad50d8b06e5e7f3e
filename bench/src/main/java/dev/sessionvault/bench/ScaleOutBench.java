package dev.sessionvault.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The scale-out benchmark: two application nodes over one PostgreSQL database and one OpenSearch
 * node, started by {@code bench/scale-out.sh}. It loads the search benchmark's corpus through both
 * nodes, then measures search and the write path's concurrent ingest through one node and through
 * both, and how soon a write on one node is found on the other; see BENCHMARKS.md, "Scale-out".
 */
public final class ScaleOutBench {

  /** A check the report lists; the run fails when one does not hold. */
  record Check(String what, boolean passed, String detail) {}

  /** What the loading phase measured. */
  record Load(
      long messages,
      int sessions,
      int clientsPerNode,
      int batch,
      double storedSeconds,
      double searchableSeconds,
      double maxLagSeconds,
      long documents,
      long rows) {}

  private ScaleOutBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    String password = System.getenv().getOrDefault("SESSIONVAULT_OPERATOR_PASSWORD", "");
    TwoNodes nodes =
        new TwoNodes(
            new ApiClient(options.getOrDefault("node-a", "http://localhost:9190"), password),
            new ApiClient(options.getOrDefault("node-b", "http://localhost:9191"), password));
    Corpus corpus =
        new Corpus(
            Integer.parseInt(options.getOrDefault("messages", "1000000")),
            Integer.parseInt(options.getOrDefault("sessions", "10000")));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    ScaleOutTraffic traffic = new ScaleOutTraffic(nodes, corpus, Queries.fixed(corpus.vocabulary));
    ScaleOutReport report = new ScaleOutReport(seconds);
    List<Check> checks = report.checks;

    System.out.printf(
        "Corpus: %,d messages in %,d sessions, loaded through %s and %s%n",
        corpus.messages, corpus.sessions, nodes.a().base(), nodes.b().base());
    run(
        checks,
        "loading",
        () ->
            report.load =
                load(
                    nodes,
                    corpus,
                    Integer.parseInt(options.getOrDefault("threads", "2")),
                    Integer.parseInt(options.getOrDefault("batch", "250")),
                    checks));
    run(
        checks,
        "search",
        () ->
            traffic.search(
                Integer.parseInt(options.getOrDefault("warmup-seconds", "60")),
                Integer.parseInt(options.getOrDefault("passes", "3")),
                Integer.parseInt(options.getOrDefault("clients", "4")),
                seconds,
                report,
                checks));
    run(
        checks,
        "ingest",
        () ->
            traffic.ingest(
                Integer.parseInt(options.getOrDefault("writers", "16")), seconds, report, checks));
    run(
        checks,
        "visibility",
        () ->
            Visibility.measure(
                nodes, Integer.parseInt(options.getOrDefault("samples", "60")), report, checks));

    report.console();
    if (options.containsKey("report")) {
      report.markdown(
          Path.of(options.get("report")),
          options.getOrDefault("command", "bench/scale-out.sh"),
          options.getOrDefault("server-info", ""));
      System.out.println("Results written to " + options.get("report"));
    }
    long failed = checks.stream().filter(check -> !check.passed()).count();
    System.out.printf("scale-out: %d passed, %d failed%n", checks.size() - failed, failed);
    System.exit(failed == 0 ? 0 : 1);
  }

  /** A phase that can throw; what it throws becomes a failed check and the next phase runs. */
  private interface Phase {
    void run() throws Exception;
  }

  private static void run(List<Check> checks, String name, Phase phase) {
    try {
      phase.run();
    } catch (Exception | AssertionError e) {
      System.err.println("  " + name + " stopped: " + e);
      checks.add(new Check("the " + name + " phase ran to its end", false, e.toString()));
    }
  }

  /**
   * The corpus, its sessions alternating between the nodes ({@code clients} loaders on each), in
   * appends of {@code batch} messages; done when both nodes say the index has caught up.
   */
  static Load load(TwoNodes nodes, Corpus corpus, int clients, int batch, List<Check> checks)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong loaded = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(2 * clients);
    long start = System.nanoTime();
    for (int t = 0; t < 2 * clients; t++) {
      pool.execute(
          () -> {
            try {
              for (int s = next.getAndIncrement();
                  s < corpus.sessions && failure.get() == null;
                  s = next.getAndIncrement()) {
                loadSession(nodes.of(s), corpus.session(s), batch, loaded);
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
      maxLag = Math.max(maxLag, nodes.lagSeconds());
      if (System.nanoTime() - lastReport > 15_000_000_000L) {
        lastReport = System.nanoTime();
        double seconds = (lastReport - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  %,d / %,d messages in %.0f s: %,.0f/s, index %.1f s behind%n",
            loaded.get(),
            corpus.messages,
            seconds,
            loaded.get() / seconds,
            nodes.lagSeconds());
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("loading failed: " + failure.get(), failure.get());
    }
    double stored = (System.nanoTime() - start) / 1e9;
    maxLag = Math.max(maxLag, nodes.awaitCaughtUp());
    double searchable = (System.nanoTime() - start) / 1e9;
    var counts = nodes.counts(nodes.a());
    long documents = counts.getJsonNumber("documents").longValue();
    long rows = counts.getJsonNumber("rows").longValue();
    checks.add(
        new Check(
            "every loaded message is in the shared index",
            documents == rows && rows >= loaded.get(),
            String.format(
                Locale.ROOT,
                "%,d acknowledged, %,d rows, %,d documents",
                loaded.get(),
                rows,
                documents)));
    System.out.printf(
        Locale.ROOT,
        "  %,d messages stored in %.0f s (%,.0f/s), searchable on both nodes after %.0f s%n",
        loaded.get(),
        stored,
        loaded.get() / stored,
        searchable);
    return new Load(
        loaded.get(), corpus.sessions, clients, batch, stored, searchable, maxLag, documents, rows);
  }

  private static void loadSession(
      ApiClient node, Corpus.Session session, int batch, AtomicLong loaded) {
    String created =
        "{\"agent\":"
            + HttpBench.quote(session.agent())
            + ",\"name\":"
            + HttpBench.quote(session.name())
            + ",\"model\":"
            + HttpBench.quote(session.model())
            + ",\"tags\":"
            + session.tags().stream().map(HttpBench::quote).toList()
            + "}";
    String id =
        ApiClient.expect(node.post("/api/v1/sessions", created), 201, "create a session")
            .json()
            .getString("id");
    List<Corpus.Message> messages = session.messages();
    for (int from = 0; from < messages.size(); from += batch) {
      List<Corpus.Message> part = messages.subList(from, Math.min(messages.size(), from + batch));
      ApiClient.expect(
          node.post("/api/v1/sessions/" + id + "/messages", ScaleOutTraffic.json(part, null)),
          201,
          "append a batch");
      loaded.addAndGet(part.size());
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("missing value for " + args[args.length - 1]);
    }
    return options;
  }
}
