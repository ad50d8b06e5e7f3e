package dev.sessionvault.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search benchmark. Run by {@code bench/run.sh}, which builds, starts the Liberty server {@code
 * sessionvault-bench} and stops it again; see BENCHMARKS.md.
 *
 * <pre>
 * java -cp 'bench/target/session-vault-bench.jar:bench/target/lib/*' dev.sessionvault.bench.Bench \
 *   --messages 1000000 --sessions 10000 --base-url http://localhost:9190 \
 *   --server-index-dir bench/target/server-data/index --work-dir bench/target --report BENCHMARKS.md
 * </pre>
 *
 * Longer than 300 lines because it reads every option of {@code run.sh search} in one place
 * (benchmark code, not the product).
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int messages = Integer.parseInt(options.getOrDefault("messages", "1000000"));
    int sessions = Integer.parseInt(options.getOrDefault("sessions", "10000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "3"));
    int batch = Integer.parseInt(options.getOrDefault("batch", "250"));
    int passes = Integer.parseInt(options.getOrDefault("passes", "3"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
    // A just-started or just-rebuilt server runs the search path in barely compiled code: measured
    // here, a median of 10 ms after 5 warm-up passes on a fresh start, 3 ms after a few thousand
    // requests. The figures are for a server that has been answering searches for a while.
    int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "60"));
    String baseUrl = options.getOrDefault("base-url", "http://localhost:9190");
    Path workDir = Path.of(options.getOrDefault("work-dir", "bench/target"));
    Path serverIndex =
        Path.of(options.getOrDefault("server-index-dir", "bench/target/server-data/index"));
    Path report = options.containsKey("report") ? Path.of(options.get("report")) : null;
    boolean skipHttp = options.containsKey("skip-http");
    boolean skipLucene = options.containsKey("skip-lucene");
    boolean skipLoad = options.containsKey("skip-load");
    // fixed: the same 200 queries warm up and are measured (the server's caches have seen them);
    // fresh: queries drawn from random messages, each measured once after the warm-up on the fixed
    // ones; both: the fixed measurement, then the fresh one.
    String mode = options.getOrDefault("queries", "both");
    if (!List.of("fixed", "fresh", "both").contains(mode)) {
      throw new IllegalArgumentException("--queries is fixed, fresh or both, not " + mode);
    }
    long seed =
        options.containsKey("seed")
            ? Long.parseLong(options.get("seed"))
            : System.currentTimeMillis();

    Results results = new Results();
    results.messages = messages;
    results.sessions = sessions;
    Corpus corpus = new Corpus(messages, sessions);
    List<String> queries = Queries.fixed(corpus.vocabulary);
    results.queries = queries;
    results.warmupSeconds = warmupSeconds;
    results.queryMode = mode;
    int fixedPasses = results.measuresFixed() ? passes : 0;

    System.out.printf(
        "Corpus: %,d messages in %,d sessions (seed %d)%n", messages, sessions, Corpus.SEED);
    long start = System.nanoTime();
    for (int s = 0; s < sessions; s++) {
      for (Corpus.Message message : corpus.session(s).messages()) {
        results.corpusChars += message.content().length();
        results
            .roleCounts[
            switch (message.role()) {
              case "user" -> 0;
              case "assistant" -> 1;
              default -> 2;
            }]++;
      }
    }
    results.generationSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "  generated in %.1f s, %.0f characters per message on average%n",
        results.generationSeconds, (double) results.corpusChars / messages);
    List<String> fresh = List.of();
    if (results.measuresFresh()) {
      fresh = Queries.fresh(corpus, seed, Queries.FRESH_COUNT);
      results.freshQueries = fresh;
      results.freshSeed = seed;
      System.out.printf(
          "Fresh queries: %d drawn from random messages with seed %d (repeat with --seed %d)%n",
          fresh.size(), seed, seed);
    }

    boolean aborted = false;
    if (skipHttp) {
      results.notes.add("HTTP phases skipped (--skip-http).");
    } else {
      aborted =
          !httpPhases(
              baseUrl,
              corpus,
              results,
              threads,
              batch,
              warmup,
              warmupSeconds,
              fixedPasses,
              serverIndex,
              queries,
              fresh,
              skipLoad);
    }

    if (skipLucene) {
      results.notes.add("Lucene floor skipped (--skip-lucene).");
    } else if (aborted) {
      results.notes.add("Lucene floor not run: the HTTP phase aborted.");
    } else {
      System.out.println("Raw Lucene floor (in-process, same corpus and queries)");
      LuceneFloor floor = new LuceneFloor(corpus, results, workDir.resolve("lucene-floor"));
      floor.build();
      System.out.printf(
          "  built in %.1f s, %s%n",
          results.luceneBuildSeconds, Report.bytes(results.luceneIndexBytes));
      floor.search(queries, warmup, warmupSeconds, fixedPasses, fresh);
      compareTotals(results);
    }

    Report.console(results);
    Report.perQuery(workDir.resolve("queries.tsv"), results);
    if (results.freshQueries != null) {
      Report.perFreshQuery(workDir.resolve("fresh-queries.tsv"), results);
    }
    if (report != null) {
      Report.markdown(report, results, options.getOrDefault("command", "bench/run.sh"), options);
      System.out.println("Results written to " + report.toAbsolutePath());
    }
    if (!results.failures.isEmpty()) {
      System.err.println();
      for (String failure : results.failures) {
        System.err.println("BENCHMARK FAILED: " + failure);
      }
      System.exit(1);
    }
  }

  /** Returns false when the run must stop (a 5xx or another unexpected answer). */
  private static boolean httpPhases(
      String baseUrl,
      Corpus corpus,
      Results results,
      int threads,
      int batch,
      int warmup,
      int warmupSeconds,
      int passes,
      Path serverIndex,
      List<String> queries,
      List<String> fresh,
      boolean skipLoad)
      throws InterruptedException {
    HttpBench http =
        new HttpBench(
            baseUrl,
            corpus,
            results,
            // the server's first operator, as run.sh configured it (not on the command line)
            System.getenv().getOrDefault("SESSIONVAULT_OPERATOR_PASSWORD", ""));
    try {
      if (skipLoad) {
        results.notes.add("Loading and rebuild skipped (--reuse-data): the previous run's data.");
        results.serverIndexBytes = sizeOf(serverIndex);
        http.awaitSearch(queries.get(0), 3600);
        search(http, queries, warmup, warmupSeconds, passes, fresh);
        return true;
      }
      System.out.printf(
          "Loading through %s with %d threads, batches of %d%n", baseUrl, threads, batch);
      http.load(threads, batch);
      System.out.printf(
          "  loaded %,d messages in %.1f s: %,.0f messages/s%n",
          results.loadedMessages, results.loadSeconds, results.loadRate());
      results.serverIndexBytesAfterLoad = sizeOf(serverIndex);

      System.out.println("Rebuilding the index (POST /api/v1/admin/reindex)");
      try {
        http.reindex(6 * 3600);
        System.out.printf("  rebuilt in %.0f s%n", results.reindexSeconds);
      } catch (HttpBench.Missing e) {
        results.failures.add(e.getMessage());
        System.err.println("  " + e.getMessage());
      }
      results.serverIndexBytes = sizeOf(serverIndex);
      // the embedded database lives beside the index (absent on PostgreSQL)
      results.serverDbBytes = sizeOf(serverIndex.resolveSibling("db"));

      http.awaitSearch(queries.get(0), 3600);
      search(http, queries, warmup, warmupSeconds, passes, fresh);
      return true;
    } catch (HttpBench.Missing e) {
      results.failures.add(e.getMessage());
      System.err.println("  " + e.getMessage());
      return true;
    } catch (HttpBench.Failure e) {
      results.failures.add(e.getMessage());
      System.err.println("  ABORTED: " + e.getMessage());
      return false;
    } catch (RuntimeException e) {
      results.failures.add("HTTP phase: " + e);
      System.err.println("  ABORTED: " + e);
      return false;
    }
  }

  private static void search(
      HttpBench http,
      List<String> queries,
      int warmup,
      int warmupSeconds,
      int passes,
      List<String> fresh) {
    System.out.printf(
        "Searching over HTTP: warm-up on the fixed queries (at least %d passes and %d s), then %d"
            + " measured passes over them%s%n",
        warmup,
        warmupSeconds,
        passes,
        fresh.isEmpty() ? "" : ", then " + fresh.size() + " fresh queries once each");
    http.search(queries, warmup, warmupSeconds, passes);
    if (!fresh.isEmpty()) {
      http.searchFresh(fresh);
    }
  }

  private static void compareTotals(Results results) {
    results.totalsDiffering = differing(results.httpTotals, results.luceneTotals);
    results.freshTotalsDiffering = differing(results.httpFreshTotals, results.luceneFreshTotals);
  }

  /** How many queries the two sides count differently; -1 when one side was not measured. */
  private static int differing(long[] http, long[] lucene) {
    if (http == null || lucene == null) {
      return -1;
    }
    int differing = 0;
    for (int q = 0; q < lucene.length; q++) {
      if (lucene[q] != http[q]) {
        differing++;
      }
    }
    return differing;
  }

  static long sizeOf(Path dir) {
    if (!Files.exists(dir)) {
      return -1;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // a segment merged away while walking
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (name.startsWith("skip-")) {
        options.put(name, "true");
      } else if (i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + args[i]);
      }
    }
    return options;
  }
}
