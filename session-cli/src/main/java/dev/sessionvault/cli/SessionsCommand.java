package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv sessions list}: the listing with its filters, as a table or JSON. */
@Command(
    name = "sessions",
    description = "Sessions of the account.",
    subcommands = {SessionsCommand.ListCommand.class})
final class SessionsCommand {
  @ParentCommand Sv sv;

  @Command(name = "list", description = "List sessions (newest first), filtered and sorted.")
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand SessionsCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--status", description = "active, idle, completed, failed, initializing")
    String status;

    @Option(names = "--agent", description = "claude_code, codex, ...")
    String agent;

    @Option(names = "--model")
    String model;

    @Option(names = "--project", description = "a project id")
    String project;

    @Option(names = "--tag", description = "repeat it: all must match")
    List<String> tags = new ArrayList<>();

    @Option(
        names = "--sort",
        defaultValue = "createdAt",
        description = "createdAt, updatedAt, lastActivityAt, totalCostUsd, messageCount, name")
    String sort;

    @Option(names = "--asc", description = "oldest / smallest first")
    boolean ascending;

    @Option(names = "--limit", defaultValue = "50", description = "1-200 (default 50)")
    int limit;

    @Option(names = "--json", description = "the API's answer as JSON")
    boolean json;

    @Override
    public Integer call() {
      StringBuilder query =
          new StringBuilder("/api/v1/sessions?size=" + limit + "&sort=" + Client.encode(sort));
      query.append("&order=").append(ascending ? "asc" : "desc");
      append(query, "status", status);
      append(query, "agent", agent);
      append(query, "model", model);
      append(query, "projectId", project);
      tags.forEach(tag -> append(query, "tag", tag));
      JsonObject page = parent.sv.client().get(query.toString());
      if (json) {
        spec.commandLine().getOut().println(page);
        return 0;
      }
      Table table =
          new Table(
              "ID",
              "NAME",
              "AGENT",
              "MODEL",
              "STATUS",
              "MSGS",
              "TOKENS",
              "COST USD",
              "LAST ACTIVITY");
      for (JsonValue value : page.getJsonArray("items")) {
        JsonObject s = value.asJsonObject();
        long tokens =
            s.getJsonNumber("inputTokens").longValue()
                + s.getJsonNumber("outputTokens").longValue()
                + s.getJsonNumber("cacheReadTokens").longValue()
                + s.getJsonNumber("cacheWriteTokens").longValue();
        table.row(
            s.getString("id"),
            Table.cut(name(s), 40),
            s.getString("agent", ""),
            Table.cut(s.getString("model", ""), 28),
            s.getString("status", ""),
            s.getJsonNumber("messageCount"),
            tokens,
            s.getJsonNumber("totalCostUsd")
                .bigDecimalValue()
                .setScale(4, java.math.RoundingMode.HALF_UP),
            s.getString("lastActivityAt", ""));
      }
      table.print(spec.commandLine().getOut());
      spec.commandLine()
          .getOut()
          .println(
              page.getInt("total") + " session(s); showing " + page.getJsonArray("items").size());
      return 0;
    }

    private static void append(StringBuilder query, String name, String value) {
      if (value != null && !value.isBlank()) {
        query.append('&').append(name).append('=').append(Client.encode(value));
      }
    }
  }

  /** What a session is called in a table: its name, else its first prompt. */
  static String name(JsonObject session) {
    if (session.get("name") instanceof jakarta.json.JsonString name) {
      return name.getString();
    }
    return session.get("preview") instanceof jakarta.json.JsonString preview
        ? preview.getString()
        : "";
  }
}
