package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sv search QUERY}: hits with their matches highlighted for the terminal. */
@Command(
    name = "search",
    description = "Search every message, todo and interaction (the query language of GET /search).")
final class SearchCommand implements Callable<Integer> {
  private static final String BOLD = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "words, \"phrases\", field:value")
  java.util.List<String> words;

  @Option(names = "--limit", defaultValue = "20", description = "hits to show (default 20)")
  int limit;

  @Option(names = "--json", description = "the API's answer as JSON")
  boolean json;

  @Option(
      names = "--color",
      description = "highlight with terminal colours (default: when writing to a terminal)")
  Boolean color;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    JsonObject found =
        sv.client().get("/api/v1/search?size=" + limit + "&q=" + Client.encode(query));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(found);
      return 0;
    }
    boolean colours = color != null ? color : System.console() != null;
    for (JsonValue value : found.getJsonArray("hits")) {
      JsonObject hit = value.asJsonObject();
      out.println(
          hit.getString("sessionName", hit.getString("sessionId"))
              + "  ("
              + hit.getString("sessionId")
              + (hit.get("seq") instanceof jakarta.json.JsonNumber seq ? " #" + seq : "")
              + (hit.get("role") instanceof jakarta.json.JsonString role
                  ? " " + role.getString()
                  : "")
              + ")");
      for (JsonValue fragment : hit.getJsonArray("highlights")) {
        out.println("    " + highlight(((jakarta.json.JsonString) fragment).getString(), colours));
      }
    }
    out.println(found.getInt("total") + " hit(s)");
    return 0;
  }

  /** A fragment's {@code <mark>} as terminal bold (or **...**), its HTML escapes undone. */
  static String highlight(String fragment, boolean colours) {
    String marked =
        fragment
            .replace("<mark>", colours ? BOLD : "**")
            .replace("</mark>", colours ? RESET : "**");
    return marked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }
}
