package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The write benchmark's section of BENCHMARKS.md, one per database, replaced on every run. */
final class IngestReport {
  /** The targets on the 2-core machine (figures in milliseconds and messages/s). */
  static final double SINGLE_APPEND_MEDIAN = 5;

  static final double SINGLE_APPEND_P99 = 25;
  static final double CREATE_MEDIAN = 5;
  static final double LIST_MEDIAN = 5;
  static final double CONCURRENT_RATE = 800;
  static final double CONCURRENT_P99 = 100;

  private IngestReport() {}

  static void write(Path file, String db, String command, String server, IngestBench.Figures f)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(db.equals("h2") ? "Embedded H2" : "PostgreSQL").append("\n\n");
    md.append(f.failures.isEmpty() ? "**Status: complete.**\n\n" : "**Status: FAILED.**\n\n");
    for (String failure : f.failures) {
      md.append("- ").append(failure).append('\n');
    }
    if (!f.failures.isEmpty()) {
      md.append('\n');
    }
    Machine.runRows(md, command, server);
    md.append(
        String.format(
            Locale.ROOT,
            "| Warm-up | %,d requests in %.0f s (every operation below, in turn) |%n%n",
            f.warmupRequests,
            f.warmupSeconds));

    md.append("#### One client, keep-alive connection (ms)\n\n");
    md.append("| operation | median | p95 | p99 | max | samples |\n|---|---|---|---|---|---|\n");
    for (IngestBench.Row row : f.latencies) {
      Latencies.Summary s = row.summary();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %.2f | %.2f | %,d |%n",
              row.operation().equals(IngestBench.SEARCHABLE)
                  ? row.operation() + " (polled every 2 ms)"
                  : "`" + row.operation() + "`",
              s.median(),
              s.p95(),
              s.p99(),
              s.max(),
              s.count()));
    }
    if (f.concurrent != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "%n#### %d clients, each appending single messages to its own session, %.0f s%n%n"
                  + "| appends/s | median | p95 | p99 | max |%n|---|---|---|---|---|%n"
                  + "| **%,.0f** | %.2f | %.2f | %.2f | %.2f |%n",
              f.clients,
              f.concurrentSeconds,
              f.concurrentAppends / f.concurrentSeconds,
              f.concurrent.median(),
              f.concurrent.p95(),
              f.concurrent.p99(),
              f.concurrent.max()));
    }
    if (f.bulkMessages > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "%n#### Bulk: %,d messages of the corpus in batches of %,d from %d client threads%n%n"
                  + "| | |%n|---|---|%n"
                  + "| acknowledged | %,d messages in %.1f s = **%,.0f messages/s** |%n"
                  + "| searchable (the index caught up) | after %.1f s = **%,.0f messages/s** |%n"
                  + "| index behind the database, at most | %.1f s |%n"
                  + "| one batch of %,d | median %.0f ms, p99 %.0f ms |%n"
                  + "| index documents / database rows after | %,d / %,d |%n"
                  + "| marked messages found by search | %,d |%n",
              f.bulkMessages,
              f.bulkBatch,
              f.bulkThreads,
              f.bulkMessages,
              f.bulkStoredSeconds,
              f.bulkMessages / f.bulkStoredSeconds,
              f.bulkIndexedSeconds,
              f.bulkMessages / f.bulkIndexedSeconds,
              f.bulkMaxLagSeconds,
              f.bulkBatch,
              f.bulkBatches.median(),
              f.bulkBatches.p99(),
              f.documents,
              f.rows,
              f.bulkFound));
      heap(md, f);
    }
    if (f.floor != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "%n#### The database's floor: the same rows straight into PostgreSQL over JDBC%n%n"
                  + "| | rows/s | ratio of the API's searchable rate to it |%n|---|---|---|%n"
                  + "| batches of %,d, one commit per batch (%,d rows) | %,.0f | %.2f |%n"
                  + "| one commit per row (%,d rows) | %,.0f | %.2f |%n",
              f.bulkBatch,
              f.floor.batchedRows(),
              f.floor.batchedPerSecond(),
              f.bulkMessages == 0
                  ? 0
                  : f.bulkMessages / f.bulkIndexedSeconds / f.floor.batchedPerSecond(),
              f.floor.perRowRows(),
              f.floor.perRowPerSecond(),
              f.bulkMessages == 0
                  ? 0
                  : f.bulkMessages / f.bulkIndexedSeconds / f.floor.perRowPerSecond()));
    } else if (f.floorError != null) {
      md.append("\nJDBC floor not measured: ").append(f.floorError).append('\n');
    }
    targets(md, db, f);
    Sections.replace(file, "ingest", "db=" + db, md.toString(), "<!-- writes:results");
  }

  private static void heap(StringBuilder md, IngestBench.Figures f) {
    List<HeapSampler.Sample> bulk =
        f.heap.stream()
            .filter(s -> s.seconds() >= f.bulkHeapFrom && s.seconds() <= f.bulkHeapTo)
            .toList();
    if (bulk.isEmpty()) {
      return;
    }
    double peak = bulk.stream().mapToDouble(HeapSampler.Sample::usedMib).max().orElse(0);
    md.append(
        String.format(Locale.ROOT, "| heap in use, peak during the load | %,.0f MiB |%n", peak));
    // the old generation at each fifth of the load: flat when nothing is kept per message
    md.append("| old generation at each fifth of the load |");
    for (int part = 1; part <= 5; part++) {
      int at = Math.min(bulk.size() - 1, bulk.size() * part / 5 - (part == 5 ? 1 : 0));
      md.append(String.format(Locale.ROOT, " %,.0f", bulk.get(Math.max(0, at)).oldMib()));
    }
    md.append(" MiB |\n");
  }

  private static void targets(StringBuilder md, String db, IngestBench.Figures f) {
    md.append("\n#### Targets\n\n| target | measured | result |\n|---|---|---|\n");
    for (IngestBench.Row row : f.latencies) {
      Latencies.Summary s = row.summary();
      if (row.operation().endsWith("1 message")) {
        target(
            md,
            "single append median ≤ 5 ms",
            s.median(),
            "ms",
            s.median() <= SINGLE_APPEND_MEDIAN);
        target(md, "single append p99 ≤ 25 ms", s.p99(), "ms", s.p99() <= SINGLE_APPEND_P99);
      } else if (row.operation().equals("POST /sessions")) {
        target(md, "`POST /sessions` median ≤ 5 ms", s.median(), "ms", s.median() <= CREATE_MEDIAN);
      } else if (row.operation().startsWith("GET /sessions?size=20")) {
        target(
            md, "a listing page of 20 median ≤ 5 ms", s.median(), "ms", s.median() <= LIST_MEDIAN);
      }
    }
    if (f.concurrent != null) {
      double rate = f.concurrentAppends / f.concurrentSeconds;
      target(md, f.clients + " clients ≥ 800 appends/s", rate, "/s", rate >= CONCURRENT_RATE);
      target(
          md,
          f.clients + " clients p99 ≤ 100 ms",
          f.concurrent.p99(),
          "ms",
          f.concurrent.p99() <= CONCURRENT_P99);
    }
    if (f.bulkMessages > 0) {
      double bulkTarget = db.equals("h2") ? 10_000 : 5_000;
      double rate = f.bulkMessages / f.bulkIndexedSeconds;
      target(
          md,
          String.format(Locale.ROOT, "bulk ≥ %,.0f messages/s, searchable", bulkTarget),
          rate,
          "/s",
          rate >= bulkTarget);
    }
  }

  private static void target(
      StringBuilder md, String name, double value, String unit, boolean met) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %s %s | %s |%n",
            name,
            value >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value),
            unit,
            met ? "PASS" : "**MISS**"));
  }
}
