package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv usage}: tokens and cost by day, model or project. */
@Command(name = "usage", description = "Tokens and cost by day, model or project.")
final class UsageCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Option(names = "--by", defaultValue = "day", description = "day (default), model, project")
  String by;

  @Option(names = "--from", description = "ISO 8601 instant (default: 30 days ago)")
  String from;

  @Option(names = "--to", description = "ISO 8601 instant (default: now)")
  String to;

  @Option(names = "--json", description = "the API's answer as JSON")
  boolean json;

  @Override
  public Integer call() {
    StringBuilder query = new StringBuilder("/api/v1/usage?by=" + Client.encode(by));
    if (from != null) {
      query.append("&from=").append(Client.encode(from));
    }
    if (to != null) {
      query.append("&to=").append(Client.encode(to));
    }
    JsonObject usage = sv.client().get(query.toString());
    if (json) {
      spec.commandLine().getOut().println(usage);
      return 0;
    }
    Table table =
        new Table(
            by.toUpperCase(java.util.Locale.ROOT),
            "SESSIONS",
            "MESSAGES",
            "INPUT",
            "OUTPUT",
            "CACHE READ",
            "CACHE WRITE",
            "COST USD");
    for (JsonValue value : usage.getJsonArray("rows")) {
      row(table, value.asJsonObject(), null);
    }
    row(table, usage.getJsonObject("total"), "total");
    table.print(spec.commandLine().getOut());
    return 0;
  }

  private static void row(Table table, JsonObject row, String label) {
    table.row(
        label != null
            ? label
            : row.get("key") instanceof jakarta.json.JsonString key ? key.getString() : "(none)",
        row.get("sessions"),
        row.get("messages"),
        row.get("inputTokens"),
        row.get("outputTokens"),
        row.get("cacheReadTokens"),
        row.get("cacheWriteTokens"),
        row.getJsonNumber("costUsd").bigDecimalValue().setScale(4, RoundingMode.HALF_UP));
  }
}
