package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The transcript benchmark's section of BENCHMARKS.md, one per database, replaced on every run. */
final class TranscriptReport {
  /** The generated sections follow this marker in BENCHMARKS.md. */
  static final String RESULTS = "<!-- transcripts:results";

  private TranscriptReport() {}

  static void write(
      Path file, String db, String command, String server, TranscriptBench.Figures figures)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### Transcripts, ")
        .append(db.equals("h2") ? "embedded H2" : "PostgreSQL")
        .append("\n\n");
    md.append(
        figures.failures().isEmpty() ? "**Status: complete.**\n\n" : "**Status: FAILED.**\n\n");
    for (String failure : figures.failures()) {
      md.append("- ").append(failure).append('\n');
    }
    Machine.runRows(md, command, server);
    md.append("\n| what | figure |\n|---|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| real Claude Code session | %s (%,d bytes) |%n",
            Path.of(figures.corpusFile()).getFileName(),
            figures.corpusBytes()));
    md.append(
        String.format(
            Locale.ROOT,
            "| import on a warm server (%d samples, each a new session) | median %.0f ms, p95 %.0f ms, max %.0f ms |%n",
            figures.imports().count(),
            figures.imports().median(),
            figures.imports().p95(),
            figures.imports().max()));
    md.append(
        String.format(
            Locale.ROOT,
            "| the same file sent again (%d samples) | median %.1f ms, p95 %.1f ms, max %.1f ms |%n",
            figures.resyncs().count(),
            figures.resyncs().median(),
            figures.resyncs().p95(),
            figures.resyncs().max()));
    md.append("| the session's token totals | ").append(figures.tokenCheck()).append(" |\n");
    if (figures.treeFiles() > 0) {
      var sync = figures.sync();
      md.append(
          String.format(
              Locale.ROOT,
              "| `sv sync` of %,d transcripts, %,d messages, %,d bytes | %,d new messages in %.1f s: %,d messages/s (client's own clock) |%n",
              figures.treeFiles(),
              figures.treeMessages(),
              figures.treeBytes(),
              sync.getJsonNumber("messages").longValue(),
              sync.getJsonNumber("seconds").doubleValue(),
              sync.getJsonNumber("messagesPerSecond").longValue()));
    }
    md.append(
        "\n| step | seconds | bytes | messages/s | MB/s | server heap peak (MiB) | old generation peak (MiB) |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Steps.Step step : figures.steps()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %,d | %,.0f | %.1f | %,.0f | %,.0f |%n",
              step.what(),
              step.seconds(),
              step.bytes(),
              step.messages() / step.seconds(),
              step.bytes() / 1e6 / step.seconds(),
              step.peakMib(),
              step.peakOldMib()));
    }
    md.append('\n');
    Sections.replace(file, "transcripts", "db=" + db, md.toString(), RESULTS);
  }
}
