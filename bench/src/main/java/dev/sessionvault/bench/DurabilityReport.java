package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The crash and load benchmarks' sections of BENCHMARKS.md, one per database. */
final class DurabilityReport {
  private DurabilityReport() {}

  static void crash(Path file, String db, String command, List<CrashBench.Run> runs)
      throws IOException {
    StringBuilder md = new StringBuilder();
    boolean passed = runs.stream().allMatch(CrashBench.Run::passed);
    md.append("### Crash runs, ").append(name(db)).append("\n\n");
    md.append(passed ? "**Every run passed.**\n\n" : "**FAILED.**\n\n");
    Machine.runRows(md, command, null);
    md.append('\n');
    md.append(
        "| run | killed after | acknowledged | stored | lost | pending at restart | ready after"
            + " | searchable after | documents / rows | found by search | half batches |"
            + " aggregates wrong | result |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (CrashBench.Run run : runs) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f s | %,d | %,d | %d | %,d | %.1f s | %.1f s | %,d / %,d | %,d | %d | %d |"
                  + " %s |%n",
              run.number(),
              run.killedAfterSeconds(),
              run.acknowledged(),
              run.stored(),
              run.lost(),
              run.pendingAtRestart(),
              run.startSeconds(),
              run.caughtUpSeconds(),
              run.documents(),
              run.rows(),
              run.found(),
              run.halfBatches(),
              run.wrongAggregates(),
              run.passed() ? "pass" : "**" + String.join("; ", run.problems()) + "**"));
    }
    Sections.replace(file, "crash", "db=" + db, md.toString(), "<!-- writes:results");
  }

  static void load(Path file, String db, String command, LoadBench.Figures f) throws IOException {
    StringBuilder md = new StringBuilder();
    long errors = f.errors.values().stream().mapToLong(Long::longValue).sum();
    boolean passed = errors == 0 && f.wrongAggregates == 0;
    md.append("### Load, ").append(name(db)).append("\n\n");
    md.append(passed ? "**Passed: no errors, aggregates exact.**\n\n" : "**FAILED.**\n\n");
    Machine.runRows(md, command, null);
    md.append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "%d clients for %.0f s, back to back on keep-alive connections: %,d requests (%,.0f/s),"
                + " %d errors; %d sessions written, %d with aggregates that differ from their"
                + " messages.%n%n",
            f.clients,
            f.seconds,
            f.requests,
            f.requests / f.seconds,
            errors,
            f.sessionsChecked,
            f.wrongAggregates));
    md.append("| operation | share | requests | errors | median | p95 | p99 | max |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (LoadBench.Op op : LoadBench.Op.values()) {
      Latencies.Summary s = f.summaries.get(op);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d%% | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n",
              op.name().toLowerCase(Locale.ROOT).replace('_', ' '),
              op.weight,
              s.count(),
              f.errors.get(op),
              s.median(),
              s.p95(),
              s.p99(),
              s.max()));
    }
    md.append("\nLatencies in milliseconds. ");
    if (!f.errorSamples.isEmpty()) {
      md.append("Errors seen: ").append(String.join("; ", f.errorSamples)).append(". ");
    }
    if (!f.heap.isEmpty()) {
      md.append("Heap at the end of each minute (in use / old generation, MiB):");
      int minute = 1;
      for (HeapSampler.Sample sample : f.heap) {
        if (sample.seconds() >= minute * 60.0) {
          md.append(
              String.format(
                  Locale.ROOT, " %d: %,.0f / %,.0f;", minute, sample.usedMib(), sample.oldMib()));
          minute++;
        }
      }
      md.setLength(md.length() - 1);
      md.append('.');
    }
    md.append("\n\n");
    Sections.replace(file, "load", "db=" + db, md.toString(), "<!-- writes:results");
  }

  private static String name(String db) {
    return db.equals("h2") ? "embedded H2" : "PostgreSQL";
  }
}
