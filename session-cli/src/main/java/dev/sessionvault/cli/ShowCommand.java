package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv show ID}: one session's fields and totals. */
@Command(name = "show", description = "Show one session: what it is, its totals and todos.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "the session's id")
  String id;

  @Option(names = "--json", description = "the API's answer as JSON")
  boolean json;

  @Override
  public Integer call() {
    Client client = sv.client();
    JsonObject s = client.get("/api/v1/sessions/" + Client.encode(id));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(s);
      return 0;
    }
    out.println(SessionsCommand.name(s));
    field(out, "id", s.getString("id"));
    field(out, "external id", s.getString("externalId", null));
    field(out, "agent", s.getString("agent", null));
    field(out, "model", s.getString("model", null));
    field(out, "status", s.getString("status", null));
    field(out, "project path", s.getString("projectPath", null));
    field(out, "git branch", s.getString("gitBranch", null));
    field(out, "parent", s.getString("parentId", null));
    field(out, "created", s.getString("createdAt", null));
    field(out, "last activity", s.getString("lastActivityAt", null));
    field(out, "messages", s.get("messageCount").toString());
    field(
        out,
        "tokens",
        "input "
            + s.get("inputTokens")
            + ", output "
            + s.get("outputTokens")
            + ", cache read "
            + s.get("cacheReadTokens")
            + ", cache write "
            + s.get("cacheWriteTokens"));
    field(out, "cost USD", s.getJsonNumber("totalCostUsd").bigDecimalValue().toPlainString());
    withSubagents(client, s, out);
    field(out, "summary", s.getString("summary", null));
    JsonObject todos = client.get("/api/v1/sessions/" + Client.encode(id) + "/todos");
    todos
        .getJsonArray("items")
        .forEach(
            value -> {
              JsonObject todo = value.asJsonObject();
              String mark =
                  switch (todo.getString("status", "")) {
                    case "completed" -> "[x]";
                    case "in_progress" -> "[~]";
                    default -> "[ ]";
                  };
              out.println("  " + mark + " " + todo.getString("content", ""));
            });
    return 0;
  }

  /**
   * The totals with the sessions linked to this one (its sub-agents and forks), when it has any.
   */
  private void withSubagents(Client client, JsonObject s, PrintWriter out) {
    JsonObject children =
        client.get("/api/v1/sessions?size=200&parentId=" + Client.encode(s.getString("id")));
    if (children.getInt("total") == 0) {
      return;
    }
    long tokens = tokens(s);
    java.math.BigDecimal cost = s.getJsonNumber("totalCostUsd").bigDecimalValue();
    for (var child : children.getJsonArray("items")) {
      tokens += tokens(child.asJsonObject());
      cost = cost.add(child.asJsonObject().getJsonNumber("totalCostUsd").bigDecimalValue());
    }
    field(
        out,
        "with " + children.getInt("total") + " linked",
        tokens + " tokens, " + cost.toPlainString() + " USD (its sub-agents and forks included)");
  }

  private static long tokens(JsonObject s) {
    return s.getJsonNumber("inputTokens").longValue()
        + s.getJsonNumber("outputTokens").longValue()
        + s.getJsonNumber("cacheReadTokens").longValue()
        + s.getJsonNumber("cacheWriteTokens").longValue();
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) {
      out.printf("  %-14s %s%n", name, value);
    }
  }
}
