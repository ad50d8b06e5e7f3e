package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The transfer benchmark's section of BENCHMARKS.md, one per database, replaced on every run. */
final class TransferReport {
  /** The generated sections follow this marker in BENCHMARKS.md. */
  static final String RESULTS = "<!-- transfer:results";

  private TransferReport() {}

  static void write(
      Path file, String db, String command, String server, TransferBench.Figures figures)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(String.format(Locale.ROOT, "%,d messages, ", figures.messages()))
        .append(db.equals("h2") ? "embedded H2" : "PostgreSQL")
        .append("\n\n");
    md.append(
        figures.failures().isEmpty() ? "**Status: complete.**\n\n" : "**Status: FAILED.**\n\n");
    for (String failure : figures.failures()) {
      md.append("- ").append(failure).append('\n');
    }
    Machine.runRows(md, command, server);
    md.append(
        "\n| step | seconds | bytes | messages/s | MB/s | server heap peak (MiB) | old generation peak (MiB) |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Steps.Step step : figures.steps()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %s | %,.0f | %s | %,.0f | %,.0f |%n",
              step.what(),
              step.seconds(),
              step.bytes() == 0 ? "" : String.format(Locale.ROOT, "%,d", step.bytes()),
              step.messages() / step.seconds(),
              step.bytes() == 0
                  ? ""
                  : String.format(Locale.ROOT, "%.1f", step.bytes() / 1e6 / step.seconds()),
              step.peakMib(),
              step.peakOldMib()));
    }
    md.append('\n');
    Sections.replace(file, "transfer", "db=" + db, md.toString(), RESULTS);
  }
}
