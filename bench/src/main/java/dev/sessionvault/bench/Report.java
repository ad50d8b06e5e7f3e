package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The console summary and the section of BENCHMARKS.md for this corpus size. */
final class Report {
  static final double TARGET_MEDIAN = 4;
  static final double TARGET_P95 = 15;
  static final double TARGET_P99 = 30;
  static final double TARGET_RATIO = 3;

  /** "Flat": the p95 of the bucket with the most matches at most this times the fewest's. */
  static final double TARGET_FLAT = 2;

  static final int FULL_SIZE = 1_000_000;

  private Report() {}

  // ---------------------------------------------------------------- console

  static void console(Results r) {
    System.out.println();
    System.out.printf(
        "=== Search benchmark: %,d messages, %,d sessions ===%n", r.messages, r.sessions);
    if (!Double.isNaN(r.loadSeconds)) {
      System.out.printf(
          "load            %,d messages in %.1f s = %,.0f messages/s (%d threads, batches of %d)%n",
          r.loadedMessages, r.loadSeconds, r.loadRate(), r.loadThreads, r.batchSize);
    }
    System.out.printf(
        "rebuild         %s, index %s%n",
        Double.isNaN(r.reindexSeconds) ? "n/a" : String.format("%.1f s", r.reindexSeconds),
        bytes(r.serverIndexBytes));
    System.out.printf(
        "lucene build    %s, index %s%n",
        Double.isNaN(r.luceneBuildSeconds) ? "n/a" : String.format("%.1f s", r.luceneBuildSeconds),
        bytes(r.luceneIndexBytes));
    System.out.printf(
        "%-15s %9s %9s %9s %9s %9s%n", "latency (ms)", "median", "p95", "p99", "max", "samples");
    row("HTTP", r.httpNanos);
    row("raw Lucene", r.luceneNanos);
    if (r.httpNanos != null && r.luceneNanos != null) {
      System.out.printf(
          "ratio p95       %.2f (HTTP / Lucene; target ≤ %.0f)%n", ratio(r), TARGET_RATIO);
    }
    if (r.luceneNanos != null || r.httpNanos != null) {
      System.out.printf(
          "%-15s %9s %11s %11s %11s %11s%n",
          "matches", "queries", "HTTP med", "HTTP p95", "Lucene med", "Lucene p95");
      Latencies.Summary[] http = buckets(r.httpNanos, r.httpTotals);
      Latencies.Summary[] lucene = buckets(r.luceneNanos, r.luceneTotals);
      for (int b = 0; b < Latencies.BUCKET_NAMES.size(); b++) {
        System.out.printf(
            "%-15s %9s %11s %11s %11s %11s%n",
            Latencies.BUCKET_NAMES.get(b),
            queriesIn(r, b),
            fmt(http[b].median()),
            fmt(http[b].p95()),
            fmt(lucene[b].median()),
            fmt(lucene[b].p95()));
      }
    }
    for (String[] target : targets(r)) {
      System.out.printf("target %-40s %-12s %s%n", target[0], target[1], target[2]);
    }
  }

  private static void row(String name, long[][] nanos) {
    if (nanos == null) {
      System.out.printf("%-15s %9s%n", name, "n/a");
      return;
    }
    Latencies.Summary s = Latencies.summarize(Latencies.flatten(nanos));
    System.out.printf(
        "%-15s %9.2f %9.2f %9.2f %9.2f %9d%n",
        name, s.median(), s.p95(), s.p99(), s.max(), s.count());
  }

  /** One line per query: totals and median latencies, to see which queries are slow. */
  static void perQuery(Path file, Results r) throws IOException {
    StringBuilder tsv =
        new StringBuilder("query\thttp_total\tlucene_total\thttp_median_ms\tlucene_median_ms\n");
    for (int q = 0; q < r.queries.size(); q++) {
      tsv.append(r.queries.get(q)).append('\t');
      tsv.append(r.httpNanos == null ? "" : Long.toString(r.httpTotals[q])).append('\t');
      tsv.append(r.luceneNanos == null ? "" : Long.toString(r.luceneTotals[q])).append('\t');
      tsv.append(fmt(medianOf(r.httpNanos, q))).append('\t');
      tsv.append(fmt(medianOf(r.luceneNanos, q))).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, tsv, StandardCharsets.UTF_8);
  }

  private static double medianOf(long[][] nanos, int query) {
    if (nanos == null) {
      return Double.NaN;
    }
    long[] samples = new long[nanos.length];
    for (int pass = 0; pass < nanos.length; pass++) {
      samples[pass] = nanos[pass][query];
    }
    return Latencies.summarize(samples).median();
  }

  // ---------------------------------------------------------------- BENCHMARKS.md

  static void markdown(Path file, Results r, String command, Map<String, String> options)
      throws IOException {
    String key = "messages=" + r.messages + " sessions=" + r.sessions;
    if (!Files.exists(file)) {
      Files.writeString(file, header(), StandardCharsets.UTF_8);
    }
    Sections.replace(file, "bench", key, section(r, command, options), null);
  }

  private static String header() {
    return """
        # Benchmarks

        ## Search

        One command builds the application and the benchmark, lays out and starts a Liberty server
        of its own (`sessionvault-bench`, port 9190, embedded H2 database and local Lucene index under
        `bench/target/server-data`, `-Xmx4g`), loads a deterministic synthetic corpus through the public
        HTTP API, rebuilds the index, measures 200 fixed queries over HTTP, measures the same queries
        against a raw Lucene index of the same corpus in-process (the floor), stops the server, and
        writes its section below (one section per corpus size, replaced on every run):

        ```sh
        bench/run.sh                                    # full size: 1,000,000 messages, 10,000 sessions
        bench/run.sh --messages 20000 --sessions 200    # quick run (about 3 minutes)
        ```

        On the 2-core machine the server loads about 450–800 messages/s (it is CPU-bound; the lower
        figure with other builds running), so the full size takes roughly 30–60 minutes, most of it
        loading. Stop anything else heavy on the machine first: the load average before each
        measurement is recorded with the figures.

        Options (`bench/run.sh --help`): `--threads N` (loader threads, default 3), `--batch N`
        (messages per append, default 250), `--warmup N` / `--warmup-seconds N` / `--passes N` (query
        passes: warm-up for at least N passes and N seconds, default 1 / 60, then 3 measured),
        `--heap SIZE` (server heap, default 4g), `--skip-build`, `--skip-lucene`, `--no-report`. Per-query
        totals and medians land in `bench/target/queries.tsv`, the server log in
        `bench/target/liberty/wlp/usr/servers/sessionvault-bench/logs`. Exit status 1 when a phase
        failed (an endpoint answering 404 or 5xx), 2 when the server could not be built or started.
        It is not part of the normal build: the `bench` module exists only in the Maven profile
        `bench`, and has no tests.

        - **Corpus** (`bench/src/main/java/dev/sessionvault/bench/Corpus.java`, fixed seed): sessions
          with English names, agents `claude_code`, `codex`, `aider`, `cline`, 1–3 tags, and messages of
          250–350 characters alternating user/assistant (some tool results), mixing English prose (a
          50,000-word vocabulary: a few hundred real English words, then pseudo-words, drawn with a
          Zipf distribution so that some words are in most messages and others in a handful) with code
          identifiers (`getUserById`, `order_created_at`, `src/main/java/com/acme/auth/UserService.java`).
        - **Loading**: `POST /api/v1/sessions`, then `POST /api/v1/sessions/{id}/messages` with JSON
          arrays (one transaction each; the index is updated at commit), from several client threads.
        - **Rebuild**: `POST /api/v1/admin/reindex`, polled every second until `completed` (so ±1 s);
          index size = the server's `index` folder after the rebuild.
        - **Queries** (`Queries.java`): 200 fixed queries of 1–3 words (frequent, medium and rare words,
          code identifier parts and whole identifiers), `GET /api/v1/search?q=…&size=20` (top 20 with
          highlighting), single client thread, a warm-up of at least 60 s, then 3 measured passes (600
          samples). Latency = request sent to response body read, on the same machine, through a
          blocking keep-alive connection.
        - **Raw Lucene floor** (`LuceneFloor.java`, Lucene 9.12.3 as in the application): the same
          corpus indexed in-process as the application indexes it: the application's analysis chain,
          a `text` field (message, tool name, session name and tags) every word must be in, a stored
          `content` field that adds to the score, an account keyword as a filter clause, common words
          as filters only (as `CommonWordsQuery`); top 20 with block skipping past 10,000 matches and an
          exact total from a separate count, then the unified highlighter on `content` for the 20
          hits. Its build time includes generating the corpus (single thread, no force-merge).
        - **Targets** (issue, 2-core machine, 1,000,000 messages): median ≤ 4 ms, p95 ≤ 15 ms, p99 ≤ 30 ms,
          p95 ≤ 3 × the raw Lucene p95, and latency flat as the number of matches grows (judged here as:
          the p95 of the bucket with the most matches ≤ 2 × the p95 of the bucket with the fewest).

        """;
  }

  private static String section(Results r, String command, Map<String, String> options) {
    StringBuilder md = new StringBuilder();
    boolean full = r.messages >= FULL_SIZE;
    md.append(
        String.format(
            "### %s: %,d messages in %,d sessions%n%n",
            full ? "Full run" : "Quick run", r.messages, r.sessions));
    if (!full) {
      md.append(
          "A quick run on a small corpus: the targets are meant for 1,000,000 messages, so they are"
              + " shown for information only.\n\n");
    }
    if (r.failures.isEmpty()) {
      md.append("**Status: complete.**\n\n");
    } else {
      md.append("**Status: incomplete.** What failed:\n\n");
      for (String failure : r.failures) {
        md.append("- ").append(failure.replace("\n", " ")).append('\n');
      }
      md.append('\n');
    }
    for (String load : new String[] {r.loadBeforeHttpQueries, r.loadBeforeLuceneQueries}) {
      if (busy(load)) {
        md.append(
            String.format(
                "**Warning:** the machine was busy when latencies were measured (load average %s on"
                    + " %d cores): the latencies are inflated by other work; rerun on a quiet"
                    + " machine.%n%n",
                load, Runtime.getRuntime().availableProcessors()));
        break;
      }
    }
    for (String note : r.notes) {
      md.append("- ").append(note).append('\n');
    }
    if (!r.notes.isEmpty()) {
      md.append('\n');
    }

    md.append("| | |\n|---|---|\n");
    md.append("| Date | ")
        .append(
            ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append(" |\n");
    md.append("| Machine | ").append(Machine.describe()).append(" |\n");
    md.append("| Java | ").append(Machine.java()).append(" |\n");
    md.append("| Server | ")
        .append(options.getOrDefault("server-info", "Open Liberty, H2 file database"))
        .append(" |\n");
    md.append("| Command | `").append(command).append("` |\n\n");

    md.append("#### Corpus and loading\n\n");
    md.append("| | |\n|---|---|\n");
    md.append(
        String.format(
            "| Corpus | %,d messages (%,d user, %,d assistant, %,d tool), %,.0f characters on average,"
                + " %,d sessions; generated in %.1f s |%n",
            r.messages,
            r.roleCounts[0],
            r.roleCounts[1],
            r.roleCounts[2],
            (double) r.corpusChars / r.messages,
            r.sessions,
            r.generationSeconds));
    if (!Double.isNaN(r.loadSeconds)) {
      md.append(
          String.format(
              "| Load over HTTP | %,d messages in %.1f s = **%,.0f messages/s** (%d client threads,"
                  + " batches of %d) |%n",
              r.loadedMessages, r.loadSeconds, r.loadRate(), r.loadThreads, r.batchSize));
    } else {
      md.append("| Load over HTTP | not measured |\n");
    }
    md.append(
        String.format(
            "| Index rebuild (MassIndexer) | %s |%n",
            Double.isNaN(r.reindexSeconds)
                ? "not measured"
                : String.format("**%.0f s**", r.reindexSeconds)));
    md.append(
        String.format(
            "| Application index size | %s (%s after loading) |%n",
            Double.isNaN(r.reindexSeconds)
                ? bytes(r.serverIndexBytes) + " without a rebuild"
                : bytes(r.serverIndexBytes) + " after the rebuild",
            bytes(r.serverIndexBytesAfterLoad)));
    md.append(
        String.format(
            "| Raw Lucene index | built in %s, %s |%n%n",
            Double.isNaN(r.luceneBuildSeconds)
                ? "n/a"
                : String.format("%.1f s", r.luceneBuildSeconds),
            bytes(r.luceneIndexBytes)));

    md.append("#### Query latency\n\n");
    int passes =
        r.httpNanos != null ? r.httpNanos.length : r.luceneNanos != null ? r.luceneNanos.length : 0;
    md.append(
        String.format(
            "%d queries, single client thread, top 20 with highlighting; milliseconds. Warm-up for at"
                + " least %d s first (%d passes over the queries over HTTP, %d in Lucene), then %d"
                + " measured passes. Load average (1/5/15 min) of the shared machine before the"
                + " warm-up: %s (HTTP), %s (Lucene).%n%n",
            r.queries.size(),
            r.warmupSeconds,
            r.httpWarmupPasses,
            r.luceneWarmupPasses,
            passes,
            r.loadBeforeHttpQueries == null ? "–" : r.loadBeforeHttpQueries,
            r.loadBeforeLuceneQueries == null ? "–" : r.loadBeforeLuceneQueries));
    md.append("| | median | p95 | p99 | max | mean | samples |\n|---|---|---|---|---|---|---|\n");
    mdRow(md, "HTTP `GET /api/v1/search`", r.httpNanos);
    mdRow(md, "raw Lucene, in-process", r.luceneNanos);
    if (r.httpNanos != null && r.luceneNanos != null) {
      Latencies.Summary h = Latencies.summarize(Latencies.flatten(r.httpNanos));
      Latencies.Summary l = Latencies.summarize(Latencies.flatten(r.luceneNanos));
      md.append(
          String.format(
              "| ratio HTTP / Lucene | %.1f× | **%.1f×** | %.1f× | | | |%n",
              h.median() / l.median(), h.p95() / l.p95(), h.p99() / l.p99()));
    }
    md.append('\n');

    md.append("#### Latency by number of matches\n\n");
    md.append(
        "Each query falls in the bucket of its exact total (the HTTP total for HTTP, Lucene's for"
            + " Lucene).\n\n");
    md.append(
        "| matches | queries (HTTP / Lucene) | HTTP median | HTTP p95 | Lucene median | Lucene p95 |\n"
            + "|---|---|---|---|---|---|\n");
    Latencies.Summary[] http = buckets(r.httpNanos, r.httpTotals);
    Latencies.Summary[] lucene = buckets(r.luceneNanos, r.luceneTotals);
    for (int b = 0; b < Latencies.BUCKET_NAMES.size(); b++) {
      md.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s |%n",
              Latencies.BUCKET_NAMES.get(b),
              queriesIn(r, b),
              fmt(http[b].median()),
              fmt(http[b].p95()),
              fmt(lucene[b].median()),
              fmt(lucene[b].p95())));
    }
    md.append('\n');
    if (r.httpNanos != null) {
      md.append(
          String.format(
              "Highlights: %,d `<mark>` in the first measured pass over HTTP; %d queries with hits"
                  + " but no `<mark>`.",
              r.httpMarks, r.httpQueriesWithHitsButNoMark));
      if (r.totalsDiffering >= 0) {
        md.append(
            String.format(
                " Totals differing between HTTP and raw Lucene: %d of %d queries.",
                r.totalsDiffering, r.queries.size()));
      }
      md.append("\n\n");
    }

    md.append("#### Targets\n\n| target | measured | result |\n|---|---|---|\n");
    for (String[] target : targets(r)) {
      md.append("| ").append(target[0]).append(" | ").append(target[1]).append(" | ");
      md.append(target[2]).append(" |\n");
    }
    md.append('\n');
    return md.toString();
  }

  /** Whether the 1-minute load average exceeded the number of cores. */
  static boolean busy(String loadAverage) {
    try {
      return loadAverage != null
          && Double.parseDouble(loadAverage.split(" ")[0])
              > Runtime.getRuntime().availableProcessors();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void mdRow(StringBuilder md, String name, long[][] nanos) {
    if (nanos == null) {
      md.append("| ").append(name).append(" | n/a | n/a | n/a | n/a | n/a | 0 |\n");
      return;
    }
    Latencies.Summary s = Latencies.summarize(Latencies.flatten(nanos));
    md.append(
        String.format(
            "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
            name, s.median(), s.p95(), s.p99(), s.max(), s.mean(), s.count()));
  }

  // ---------------------------------------------------------------- targets

  static List<String[]> targets(Results r) {
    List<String[]> targets = new ArrayList<>();
    boolean full = r.messages >= FULL_SIZE;
    Latencies.Summary http =
        r.httpNanos == null ? null : Latencies.summarize(Latencies.flatten(r.httpNanos));
    targets.add(
        check(
            "HTTP median ≤ 4 ms",
            http == null ? Double.NaN : http.median(),
            TARGET_MEDIAN,
            " ms",
            full));
    targets.add(
        check("HTTP p95 ≤ 15 ms", http == null ? Double.NaN : http.p95(), TARGET_P95, " ms", full));
    targets.add(
        check("HTTP p99 ≤ 30 ms", http == null ? Double.NaN : http.p99(), TARGET_P99, " ms", full));
    targets.add(
        check(
            "HTTP p95 ≤ 3 × raw Lucene p95",
            r.httpNanos == null || r.luceneNanos == null ? Double.NaN : ratio(r),
            TARGET_RATIO,
            "×",
            full));
    targets.add(
        check(
            "flat: p95 most / fewest matches ≤ 2",
            flatness(buckets(r.httpNanos, r.httpTotals)),
            TARGET_FLAT,
            "×",
            full));
    return targets;
  }

  private static String[] check(
      String name, double value, double limit, String unit, boolean full) {
    if (Double.isNaN(value)) {
      return new String[] {name, "n/a", "not measured"};
    }
    String measured = String.format(Locale.ROOT, "%.2f%s", value, unit);
    String verdict = value <= limit ? "PASS" : "FAIL";
    return new String[] {name, measured, full ? verdict : verdict + " (quick run, not binding)"};
  }

  static double ratio(Results r) {
    return Latencies.summarize(Latencies.flatten(r.httpNanos)).p95()
        / Latencies.summarize(Latencies.flatten(r.luceneNanos)).p95();
  }

  /** p95 of the non-empty bucket with the most matches over that of the one with the fewest. */
  private static double flatness(Latencies.Summary[] buckets) {
    int low = -1;
    int high = -1;
    for (int b = 0; b < buckets.length; b++) {
      if (buckets[b].count() > 0) {
        low = low < 0 ? b : low;
        high = b;
      }
    }
    return low < 0 || low == high ? Double.NaN : buckets[high].p95() / buckets[low].p95();
  }

  private static Latencies.Summary[] buckets(long[][] nanos, long[] totals) {
    Latencies.Summary[] empty = new Latencies.Summary[Latencies.BUCKET_NAMES.size()];
    java.util.Arrays.fill(empty, Latencies.Summary.EMPTY);
    return nanos == null || totals == null ? empty : Latencies.byBucket(nanos, totals);
  }

  private static String queriesIn(Results r, int bucket) {
    return count(r.httpNanos == null ? null : r.httpTotals, bucket)
        + " / "
        + count(r.luceneNanos == null ? null : r.luceneTotals, bucket);
  }

  private static String count(long[] totals, int bucket) {
    if (totals == null) {
      return "–";
    }
    int n = 0;
    for (long t : totals) {
      if (Latencies.bucket(t) == bucket) {
        n++;
      }
    }
    return Integer.toString(n);
  }

  private static String fmt(double ms) {
    return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.2f", ms);
  }

  static String bytes(long bytes) {
    if (bytes < 0) {
      return "n/a";
    }
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
  }
}
