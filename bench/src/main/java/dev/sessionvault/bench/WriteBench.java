package dev.sessionvault.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The write benchmarks, against a server that {@code bench/run.sh} started: {@code ingest}
 * (latency, concurrency, bulk loading, and the JDBC floor). See BENCHMARKS.md.
 */
public final class WriteBench {
  private WriteBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    String mode = options.getOrDefault("mode", "ingest");
    String base = options.getOrDefault("base-url", "http://localhost:9190");
    String db = options.getOrDefault("db", "h2");
    ApiClient api =
        new ApiClient(base, System.getenv().getOrDefault("SESSIONVAULT_OPERATOR_PASSWORD", ""));
    long pid = pid(options.get("server-pid-file"));
    switch (mode) {
      case "ingest" -> ingest(options, api, db, pid);
      case "crash" -> crash(options, api, db);
      case "load" -> load(options, api, db, pid);
      case "transfer" -> transfer(options, api, db, pid);
      case "transcripts" -> transcripts(options, api, db, pid);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void crash(Map<String, String> options, ApiClient api, String db)
      throws Exception {
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    int messages = Integer.parseInt(options.getOrDefault("messages", "100000"));
    int batch = Integer.parseInt(options.getOrDefault("batch", "250"));
    // the first run's guess of how long a load takes (at 5,000 messages/s), to place the kill in
    // it;
    // later runs go by the pace measured
    double expectedSeconds = messages / 5000.0;
    ServerControl server =
        new ServerControl(
            Path.of(options.get("wlp")), options.getOrDefault("server", "sessionvault-bench"), api);
    Corpus corpus = new Corpus(messages, Math.max(1, messages / 1000));
    CrashBench bench =
        new CrashBench(
            api, server, corpus, Long.parseLong(options.getOrDefault("seed", "20261204")));
    List<CrashBench.Run> results = new java.util.ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      results.add(bench.run(run, batch, expectedSeconds));
    }
    if (options.containsKey("report")) {
      DurabilityReport.crash(
          Path.of(options.get("report")),
          db,
          options.getOrDefault("command", "bench/run.sh crash"),
          results);
    }
    if (!results.stream().allMatch(CrashBench.Run::passed)) {
      System.err.println("BENCHMARK FAILED: a crash run lost or mangled something");
      System.exit(1);
    }
  }

  private static void load(Map<String, String> options, ApiClient api, String db, long pid)
      throws Exception {
    int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "600"));
    LoadBench.Figures figures;
    try (HeapSampler heap = HeapSampler.start(pid)) {
      figures = new LoadBench(api, new Corpus(40_000, 40)).run(clients, seconds, heap);
    }
    long errors = figures.errors.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "  %,d requests, %d errors, %d of %d sessions with wrong aggregates%n",
        figures.requests, errors, figures.wrongAggregates, figures.sessionsChecked);
    if (options.containsKey("report")) {
      DurabilityReport.load(
          Path.of(options.get("report")),
          db,
          options.getOrDefault("command", "bench/run.sh load"),
          figures);
    }
    if (errors > 0 || figures.wrongAggregates > 0) {
      System.err.println("BENCHMARK FAILED: errors or wrong aggregates under load");
      System.exit(1);
    }
  }

  private static void transcripts(Map<String, String> options, ApiClient api, String db, long pid)
      throws Exception {
    TranscriptBench.Figures figures;
    try (HeapSampler heap = HeapSampler.start(pid)) {
      figures =
          new TranscriptBench(api, Path.of(options.getOrDefault("work-dir", "bench/target")), heap)
              .run(
                  Path.of(options.get("corpus")),
                  Integer.parseInt(options.getOrDefault("warmup-seconds", "60")),
                  Integer.parseInt(options.getOrDefault("samples", "20")),
                  Integer.parseInt(options.getOrDefault("transcripts", "1000")),
                  Integer.parseInt(options.getOrDefault("messages-each", "1000")),
                  Integer.parseInt(options.getOrDefault("big-mb", "100")),
                  Path.of(options.get("cli-jar")));
    }
    if (options.containsKey("report")) {
      TranscriptReport.write(
          Path.of(options.get("report")),
          db,
          options.getOrDefault("command", "bench/run.sh transcripts"),
          options.getOrDefault("server-info", "Open Liberty"),
          figures);
    }
    if (!figures.failures().isEmpty()) {
      figures.failures().forEach(f -> System.err.println("BENCHMARK FAILED: " + f));
      System.exit(1);
    }
  }

  private static void transfer(Map<String, String> options, ApiClient api, String db, long pid)
      throws Exception {
    int messages = Integer.parseInt(options.getOrDefault("messages", "200000"));
    int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
    TransferBench.Figures figures;
    System.out.printf("One session of %,d messages out in every format and back in%n", messages);
    try (HeapSampler heap = HeapSampler.start(pid)) {
      figures =
          new TransferBench(api, Path.of(options.getOrDefault("work-dir", "bench/target")), heap)
              .run(messages, batch, formats(options.getOrDefault("formats", "all")));
    }
    if (options.containsKey("report")) {
      TransferReport.write(
          Path.of(options.get("report")),
          db,
          options.getOrDefault("command", "bench/run.sh transfer"),
          options.getOrDefault("server-info", "Open Liberty"),
          figures);
    }
    if (!figures.failures().isEmpty()) {
      figures.failures().forEach(f -> System.err.println("BENCHMARK FAILED: " + f));
      System.exit(1);
    }
  }

  /** {@code all}, or some of the export formats; json is always measured (the import needs it). */
  private static List<String> formats(String option) {
    if (option.equals("all")) {
      return TransferBench.FORMATS;
    }
    List<String> chosen = new java.util.ArrayList<>(List.of("json"));
    for (String format : option.split(",")) {
      if (!TransferBench.FORMATS.contains(format)) {
        throw new IllegalArgumentException("--formats: unknown format " + format);
      }
      if (!chosen.contains(format)) {
        chosen.add(format);
      }
    }
    return chosen;
  }

  private static void ingest(Map<String, String> options, ApiClient api, String db, long pid)
      throws Exception {
    int bulkMessages = Integer.parseInt(options.getOrDefault("messages", "200000"));
    int bulkBatch = Integer.parseInt(options.getOrDefault("batch", "1000"));
    Corpus corpus = new Corpus(bulkMessages, Math.max(1, bulkMessages / (2 * bulkBatch)));
    IngestBench bench = new IngestBench(api, corpus);
    IngestBench.Figures figures = bench.figures();
    try (HeapSampler heap = HeapSampler.start(pid)) {
      List<String> phases =
          List.of(options.getOrDefault("phases", "single,concurrent,bulk").split(","));
      if (phases.contains("single")) {
        System.out.println("One client: warm-up, then each operation in turn");
        bench.single(
            Integer.parseInt(options.getOrDefault("warmup-seconds", "60")),
            Integer.parseInt(options.getOrDefault("samples", "2000")));
      }
      if (phases.contains("concurrent")) {
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        System.out.printf("%d clients appending single messages%n", clients);
        bench.concurrent(clients, Integer.parseInt(options.getOrDefault("seconds", "30")));
      }
      if (phases.contains("bulk")) {
        System.out.printf("Bulk: %,d messages in batches of %,d%n", corpus.messages, bulkBatch);
        bench.bulk(Integer.parseInt(options.getOrDefault("threads", "4")), bulkBatch, heap);
      }
      if (heap != null) {
        figures.heap = heap.samples();
      }
    } catch (RuntimeException e) {
      figures.failures.add(e.toString());
      System.err.println("ABORTED: " + e);
    }
    if (options.containsKey("floor-url")) {
      System.out.println("The database's floor: the same rows over JDBC into PostgreSQL");
      try {
        List<Corpus.Message> rows =
            corpus.messages > 0 ? firstMessages(corpus, bulkMessages) : List.of();
        figures.floor =
            new JdbcFloor(
                    options.get("floor-url"),
                    options.getOrDefault("floor-user", "postgres"),
                    options.getOrDefault("floor-password", ""))
                .measure(rows, bulkBatch, Math.min(rows.size(), 5_000));
        System.out.printf(
            "  batched %,.0f rows/s, one commit per row %,.0f rows/s%n",
            figures.floor.batchedPerSecond(), figures.floor.perRowPerSecond());
      } catch (Exception e) {
        figures.floorError = e.toString();
        System.err.println("  " + e);
      }
    }
    if (options.containsKey("report")) {
      IngestReport.write(
          Path.of(options.get("report")),
          db,
          options.getOrDefault("command", "bench/run.sh ingest"),
          options.getOrDefault("server-info", "Open Liberty"),
          figures);
    }
    if (!figures.failures.isEmpty()) {
      figures.failures.forEach(f -> System.err.println("BENCHMARK FAILED: " + f));
      System.exit(1);
    }
  }

  private static List<Corpus.Message> firstMessages(Corpus corpus, int count) {
    java.util.ArrayList<Corpus.Message> rows = new java.util.ArrayList<>(count);
    for (int s = 0; s < corpus.sessions && rows.size() < count; s++) {
      rows.addAll(corpus.session(s).messages());
    }
    return rows.subList(0, Math.min(count, rows.size()));
  }

  private static long pid(String file) {
    try {
      return file == null ? -1 : Long.parseLong(Files.readString(Path.of(file)).trim());
    } catch (Exception e) {
      return -1;
    }
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
