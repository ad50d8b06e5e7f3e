package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv import FILE...}: files of any import format, with each one's report. */
@Command(
    name = "import",
    description =
        "Import files: canonical JSON, JSON lines, a backup ZIP, a Claude Code transcript or a Codex"
            + " rollout (told from the content).")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files;

  @Option(names = "--format", description = "force: json, jsonl, zip, claude-code, codex")
  String format;

  @Option(names = "--json", description = "each report as JSON, one per line")
  boolean json;

  @Override
  public Integer call() {
    Client client = sv.client();
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    for (Path file : files) {
      JsonObject report =
          client.importFile(file, format == null ? "" : "?format=" + Client.encode(format));
      if (json) {
        out.println(report);
        continue;
      }
      for (JsonValue value : report.getJsonArray("sessions")) {
        JsonObject result = value.asJsonObject();
        out.println(
            file.getFileName()
                + (result.getString("source", "").isEmpty() ? "" : " " + result.getString("source"))
                + ": "
                + result.getString("outcome")
                + (result.get("id") instanceof jakarta.json.JsonString id
                    ? " " + id.getString()
                    : "")
                + ", "
                + result.get("messages")
                + " message(s)");
        result.getJsonArray("warnings").forEach(w -> out.println("  warning: " + w));
        if (result.get("errors") instanceof jakarta.json.JsonArray errors) {
          errors.forEach(e -> out.println("  error: " + e));
        }
      }
      failed += report.getInt("failed");
    }
    return failed > 0 ? CliException.FAILED : 0;
  }
}
