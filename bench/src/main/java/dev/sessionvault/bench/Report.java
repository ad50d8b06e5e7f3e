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

/**
 * The console summary and the section of BENCHMARKS.md for this corpus size.
 *
 * <p>Longer than 300 lines because the BENCHMARKS.md section is one template with all its tables
 * (benchmark code, not the product; a candidate for one class per table).
 */
final class Report {
  static final double TARGET_MEDIAN = 4;
  static final double TARGET_P95 = 15;
  static final double TARGET_P99 = 30;
  static final double TARGET_RATIO = 3;

  /** Fresh queries (each measured once, after warming up on the fixed ones), at full size. */
  static final double TARGET_FRESH_MEDIAN = 3;

  static final double TARGET_FRESH_P99 = 10;

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
    if (r.measuresFixed()) {
      System.out.printf("fixed queries   %d, %s%n", r.queries.size(), passesOf(r) + " passes");
      consoleLatencies(r.httpNanos, r.httpTotals, r.luceneNanos, r.luceneTotals);
    }
    if (r.measuresFresh() && r.freshQueries != null) {
      System.out.printf(
          "fresh queries   %d, each once, seed %d (repeat with --seed %d)%n",
          r.freshQueries.size(), r.freshSeed, r.freshSeed);
      consoleLatencies(
          once(r.httpFreshNanos), r.httpFreshTotals, once(r.luceneFreshNanos), r.luceneFreshTotals);
      if (r.freshTotalsDiffering > 0) {
        System.out.printf(
            "fresh totals differing between HTTP and raw Lucene: %d of %d queries%n",
            r.freshTotalsDiffering, r.freshQueries.size());
      }
    }
    for (String[] target : targets(r)) {
      System.out.printf("target %-44s %-12s %s%n", target[0], target[1], target[2]);
    }
  }

  private static void consoleLatencies(
      long[][] httpNanos, long[] httpTotals, long[][] luceneNanos, long[] luceneTotals) {
    System.out.printf(
        "  %-13s %9s %9s %9s %9s %9s%n", "latency (ms)", "median", "p95", "p99", "max", "samples");
    row("HTTP", httpNanos);
    row("raw Lucene", luceneNanos);
    if (httpNanos != null && luceneNanos != null) {
      System.out.printf("  ratio p95     %.2f (HTTP / Lucene)%n", ratio(httpNanos, luceneNanos));
    }
    if (luceneNanos != null || httpNanos != null) {
      System.out.printf(
          "  %-13s %9s %11s %11s %11s %11s%n",
          "matches", "queries", "HTTP med", "HTTP p95", "Lucene med", "Lucene p95");
      Latencies.Summary[] http = buckets(httpNanos, httpTotals);
      Latencies.Summary[] lucene = buckets(luceneNanos, luceneTotals);
      for (int b = 0; b < Latencies.BUCKET_NAMES.size(); b++) {
        System.out.printf(
            "  %-13s %9s %11s %11s %11s %11s%n",
            Latencies.BUCKET_NAMES.get(b),
            queriesIn(httpNanos, httpTotals, luceneNanos, luceneTotals, b),
            fmt(http[b].median()),
            fmt(http[b].p95()),
            fmt(lucene[b].median()),
            fmt(lucene[b].p95()));
      }
    }
  }

  private static void row(String name, long[][] nanos) {
    if (nanos == null) {
      System.out.printf("  %-13s %9s%n", name, "n/a");
      return;
    }
    Latencies.Summary s = Latencies.summarize(Latencies.flatten(nanos));
    System.out.printf(
        "  %-13s %9.2f %9.2f %9.2f %9.2f %9d%n",
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

  /** One line per fresh query: totals and its one latency each side. */
  static void perFreshQuery(Path file, Results r) throws IOException {
    StringBuilder tsv =
        new StringBuilder(
            "# seed " + r.freshSeed + "\nquery\thttp_total\tlucene_total\thttp_ms\tlucene_ms\n");
    for (int q = 0; q < r.freshQueries.size(); q++) {
      tsv.append(r.freshQueries.get(q)).append('\t');
      tsv.append(r.httpFreshNanos == null ? "" : Long.toString(r.httpFreshTotals[q])).append('\t');
      tsv.append(r.luceneFreshNanos == null ? "" : Long.toString(r.luceneFreshTotals[q]))
          .append('\t');
      tsv.append(r.httpFreshNanos == null ? "–" : fmt(Latencies.ms(r.httpFreshNanos[q])))
          .append('\t');
      tsv.append(r.luceneFreshNanos == null ? "–" : fmt(Latencies.ms(r.luceneFreshNanos[q])))
          .append('\n');
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
        HTTP API, rebuilds the index, measures 200 fixed queries and 600 fresh ones over HTTP, measures
        the same queries against a raw Lucene index of the same corpus in-process (the floor), stops the
        server, and writes its section below (one section per corpus size, replaced on every run):

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
        `--queries fixed|fresh|both` (default both), `--seed N` (the fresh queries' seed, default from
        the clock), `--heap SIZE` (server heap, default 4g), `--skip-build`, `--skip-lucene`,
        `--no-report`. Per-query totals and medians land in `bench/target/queries.tsv` (fresh queries:
        `bench/target/fresh-queries.tsv`), the server log in
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
        - **Fresh queries** (`Queries.fresh`): 600 queries of 1–3 words taken from random corpus
          messages with a seed of the run's own (recorded; `--seed N` repeats it), none of them a fixed
          query, each measured once right after the fixed queries' warm-up and passes: the server's
          caches have not seen them. The raw Lucene floor measures them the same way.
        - **Raw Lucene floor** (`LuceneFloor.java`, Lucene 9.12.3 as in the application): the same
          corpus indexed in-process as the application indexes it: the application's analysis chain,
          a `text` field (message, tool name, session name and tags) every word must be in, a stored
          `content` field that adds to the score, an account keyword as a filter clause, common words
          as filters only (as `CommonWordsQuery`); top 20 with block skipping past 10,000 matches and an
          exact total from a separate count, then the unified highlighter on `content` for the 20
          hits. Its build time includes generating the corpus (single thread, no force-merge).
        - **Targets** (issue, 2-core machine, 1,000,000 messages): fixed queries median ≤ 4 ms, p95 ≤ 15
          ms, p99 ≤ 30 ms, p95 ≤ 3 × the raw Lucene p95, and latency flat as the number of matches grows
          (judged here as: the p95 of the bucket with the most matches ≤ 2 × the p95 of the bucket with
          the fewest); fresh queries median ≤ 3 ms, p99 ≤ 10 ms.

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
    for (String load :
        new String[] {
          r.loadBeforeHttpQueries,
          r.loadBeforeLuceneQueries,
          r.loadBeforeHttpFresh,
          r.loadBeforeLuceneFresh
        }) {
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
              "| Load over HTTP, until searchable | %,d messages in %.1f s = **%,.0f messages/s** (%d client threads,"
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
    if (r.serverDbBytes > 0 && r.messages > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "| Storage per message | database (H2 file) %s = %,d bytes a message, %.1f× the"
                  + " text (%s of characters); index %,d bytes a message |%n",
              bytes(r.serverDbBytes),
              r.serverDbBytes / r.messages,
              (double) r.serverDbBytes / r.corpusChars,
              bytes(r.corpusChars),
              r.serverIndexBytes / r.messages));
    }
    md.append(
        String.format(
            "| Raw Lucene index | built in %s, %s |%n%n",
            Double.isNaN(r.luceneBuildSeconds)
                ? "n/a"
                : String.format("%.1f s", r.luceneBuildSeconds),
            bytes(r.luceneIndexBytes)));

    if (r.measuresFixed()) {
      fixedQueries(md, r);
    }
    if (r.measuresFresh()) {
      freshQueries(md, r);
    }

    md.append("#### Targets\n\n| target | measured | result |\n|---|---|---|\n");
    for (String[] target : targets(r)) {
      md.append("| ").append(target[0]).append(" | ").append(target[1]).append(" | ");
      md.append(target[2]).append(" |\n");
    }
    md.append('\n');
    return md.toString();
  }

  private static void fixedQueries(StringBuilder md, Results r) {
    md.append("#### Query latency: fixed queries\n\n");
    int passes = passesOf(r);
    md.append(
        String.format(
            "%d fixed queries, single client thread, top 20 with highlighting; milliseconds."
                + " Warm-up on the same queries for at least %d s first (%d passes over the"
                + " queries over HTTP, %d in Lucene), then %d measured passes. Load average"
                + " (1/5/15 min) of the shared machine before the warm-up: %s (HTTP), %s"
                + " (Lucene).%n%n",
            r.queries.size(),
            r.warmupSeconds,
            r.httpWarmupPasses,
            r.luceneWarmupPasses,
            passes,
            r.loadBeforeHttpQueries == null ? "–" : r.loadBeforeHttpQueries,
            r.loadBeforeLuceneQueries == null ? "–" : r.loadBeforeLuceneQueries));
    latencyTable(md, r.httpNanos, r.luceneNanos);

    md.append("#### Latency by number of matches: fixed queries\n\n");
    md.append(
        "Each query falls in the bucket of its exact total (the HTTP total for HTTP, Lucene's for"
            + " Lucene).\n\n");
    bucketTable(md, r.httpNanos, r.httpTotals, r.luceneNanos, r.luceneTotals);
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
  }

  private static void freshQueries(StringBuilder md, Results r) {
    md.append("#### Query latency: fresh queries\n\n");
    if (r.freshQueries == null) {
      md.append("Not measured.\n\n");
      return;
    }
    int[] words = new int[4];
    for (String query : r.freshQueries) {
      words[Math.min(3, query.trim().split("\\s+").length)]++;
    }
    md.append(
        String.format(
            "%d queries drawn afresh with seed **%d** (`--seed %d` draws the same ones): each 1–3"
                + " words taken from one random message of the corpus (%d of one word, %d of two,"
                + " %d of three), none of them a fixed query, none repeated. Each is measured once,"
                + " single client thread, top 20 with highlighting, right after the fixed queries'"
                + " warm-up%s on the same server (and the same Lucene searcher), which has not seen"
                + " them before. Milliseconds. Load average before them: %s (HTTP), %s (Lucene)."
                + "%n%n",
            r.freshQueries.size(),
            r.freshSeed,
            r.freshSeed,
            words[1],
            words[2],
            words[3],
            r.measuresFixed() ? " and measured passes" : "",
            r.loadBeforeHttpFresh == null ? "–" : r.loadBeforeHttpFresh,
            r.loadBeforeLuceneFresh == null ? "–" : r.loadBeforeLuceneFresh));
    latencyTable(md, once(r.httpFreshNanos), once(r.luceneFreshNanos));

    md.append("#### Latency by number of matches: fresh queries\n\n");
    bucketTable(
        md,
        once(r.httpFreshNanos),
        r.httpFreshTotals,
        once(r.luceneFreshNanos),
        r.luceneFreshTotals);
    if (r.httpFreshNanos != null) {
      md.append(
          String.format(
              "Highlights: %,d `<mark>` over HTTP; %d queries with hits but no `<mark>`.",
              r.httpFreshMarks, r.httpFreshQueriesWithHitsButNoMark));
      if (r.freshTotalsDiffering >= 0) {
        md.append(
            String.format(
                " Totals differing between HTTP and raw Lucene: %d of %d queries",
                r.freshTotalsDiffering, r.freshQueries.size()));
        List<String> examples = new ArrayList<>();
        for (int q = 0; q < r.freshQueries.size() && examples.size() < 5; q++) {
          if (r.httpFreshTotals[q] != r.luceneFreshTotals[q]) {
            examples.add(
                String.format(
                    "`%s` %,d / %,d",
                    r.freshQueries.get(q), r.httpFreshTotals[q], r.luceneFreshTotals[q]));
          }
        }
        md.append(
            examples.isEmpty()
                ? "."
                : " (HTTP / Lucene: "
                    + String.join(", ", examples)
                    + "; all in"
                    + " `bench/target/fresh-queries.tsv`).");
      }
      md.append("\n\n");
    }
  }

  private static void latencyTable(StringBuilder md, long[][] httpNanos, long[][] luceneNanos) {
    md.append("| | median | p95 | p99 | max | mean | samples |\n|---|---|---|---|---|---|---|\n");
    mdRow(md, "HTTP `GET /api/v1/search`", httpNanos);
    mdRow(md, "raw Lucene, in-process", luceneNanos);
    if (httpNanos != null && luceneNanos != null) {
      Latencies.Summary h = Latencies.summarize(Latencies.flatten(httpNanos));
      Latencies.Summary l = Latencies.summarize(Latencies.flatten(luceneNanos));
      md.append(
          String.format(
              "| ratio HTTP / Lucene | %.1f× | **%.1f×** | %.1f× | | | |%n",
              h.median() / l.median(), h.p95() / l.p95(), h.p99() / l.p99()));
    }
    md.append('\n');
  }

  private static void bucketTable(
      StringBuilder md,
      long[][] httpNanos,
      long[] httpTotals,
      long[][] luceneNanos,
      long[] luceneTotals) {
    md.append(
        "| matches | queries (HTTP / Lucene) | HTTP median | HTTP p95 | Lucene median | Lucene p95 |\n"
            + "|---|---|---|---|---|---|\n");
    Latencies.Summary[] http = buckets(httpNanos, httpTotals);
    Latencies.Summary[] lucene = buckets(luceneNanos, luceneTotals);
    for (int b = 0; b < Latencies.BUCKET_NAMES.size(); b++) {
      md.append(
          String.format(
              "| %s | %s | %s | %s | %s | %s |%n",
              Latencies.BUCKET_NAMES.get(b),
              queriesIn(httpNanos, httpTotals, luceneNanos, luceneTotals, b),
              fmt(http[b].median()),
              fmt(http[b].p95()),
              fmt(lucene[b].median()),
              fmt(lucene[b].p95())));
    }
    md.append('\n');
  }

  /** Single samples per query as one pass, for the summaries; null stays null. */
  private static long[][] once(long[] nanos) {
    return nanos == null ? null : new long[][] {nanos};
  }

  private static int passesOf(Results r) {
    return r.httpNanos != null
        ? r.httpNanos.length
        : r.luceneNanos != null ? r.luceneNanos.length : 0;
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
            "fixed: HTTP median ≤ 4 ms",
            http == null ? Double.NaN : http.median(),
            TARGET_MEDIAN,
            " ms",
            full));
    targets.add(
        check(
            "fixed: HTTP p95 ≤ 15 ms",
            http == null ? Double.NaN : http.p95(),
            TARGET_P95,
            " ms",
            full));
    targets.add(
        check(
            "fixed: HTTP p99 ≤ 30 ms",
            http == null ? Double.NaN : http.p99(),
            TARGET_P99,
            " ms",
            full));
    targets.add(
        check(
            "fixed: HTTP p95 ≤ 3 × raw Lucene p95",
            r.httpNanos == null || r.luceneNanos == null
                ? Double.NaN
                : ratio(r.httpNanos, r.luceneNanos),
            TARGET_RATIO,
            "×",
            full));
    targets.add(
        check(
            "fixed: flat: p95 most / fewest matches ≤ 2",
            flatness(buckets(r.httpNanos, r.httpTotals)),
            TARGET_FLAT,
            "×",
            full));
    Latencies.Summary fresh =
        r.httpFreshNanos == null ? null : Latencies.summarize(r.httpFreshNanos);
    targets.add(
        check(
            "fresh: HTTP median ≤ 3 ms",
            fresh == null ? Double.NaN : fresh.median(),
            TARGET_FRESH_MEDIAN,
            " ms",
            full));
    targets.add(
        check(
            "fresh: HTTP p99 ≤ 10 ms",
            fresh == null ? Double.NaN : fresh.p99(),
            TARGET_FRESH_P99,
            " ms",
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

  /** HTTP p95 over raw Lucene p95. */
  static double ratio(long[][] httpNanos, long[][] luceneNanos) {
    return Latencies.summarize(Latencies.flatten(httpNanos)).p95()
        / Latencies.summarize(Latencies.flatten(luceneNanos)).p95();
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

  private static String queriesIn(
      long[][] httpNanos, long[] httpTotals, long[][] luceneNanos, long[] luceneTotals, int b) {
    return count(httpNanos == null ? null : httpTotals, b)
        + " / "
        + count(luceneNanos == null ? null : luceneTotals, b);
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
