package dev.sessionvault.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sv sync}: sends every Claude Code transcript under {@code ~/.claude/projects} and every
 * Codex rollout under {@code ~/.codex/sessions} (or the folders and files named) that changed since
 * the last sync. Main transcripts go before sub-agents' so that those find their parent.
 */
@Command(
    name = "sync",
    description =
        "Send the transcripts that changed since the last sync (default: ~/.claude/projects and"
            + " ~/.codex/sessions).")
final class SyncCommand implements Callable<Integer> {
  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Option(names = "--claude", description = "~/.claude/projects")
  boolean claude;

  @Option(names = "--codex", description = "~/.codex/sessions")
  boolean codex;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "folders or files to send")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--all", description = "send every file, changed or not")
  boolean all;

  @Option(names = "--jobs", defaultValue = "4", description = "files sent at once (default 4)")
  int jobs;

  @Option(names = "--json", description = "the summary as JSON")
  boolean json;

  /** What a sync did. */
  private static final class Totals {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger imported = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong messages = new AtomicLong();
    final List<String> failures = new ArrayList<>();
  }

  @Override
  public Integer call() throws Exception {
    Client client = sv.client();
    Path home = Path.of(System.getProperty("user.home"));
    List<Path> roots = new ArrayList<>(paths);
    if (claude || (!codex && paths.isEmpty())) {
      roots.add(home.resolve(".claude/projects"));
    }
    if (codex || (!claude && paths.isEmpty())) {
      roots.add(home.resolve(".codex/sessions"));
    }
    List<Path> files = transcripts(roots);
    SyncState state = new SyncState(Config.directory(sv.env).resolve("sync-state.properties"));
    List<Path> changed = files.stream().filter(file -> all || !state.unchanged(file)).toList();
    Totals totals = new Totals();
    long started = System.nanoTime();
    Progress progress = new Progress(spec.commandLine().getErr(), changed.size(), !json);
    // main transcripts first, then sub-agents, so that a sub-agent finds its parent
    for (boolean subagents : new boolean[] {false, true}) {
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
      List<Future<?>> running = new ArrayList<>();
      for (Path file : changed) {
        if (isSubagent(file) == subagents) {
          running.add(pool.submit(() -> send(client, file, state, totals, progress)));
        }
      }
      for (Future<?> future : running) {
        future.get();
      }
      pool.shutdown();
    }
    state.save();
    progress.done();
    double seconds = (System.nanoTime() - started) / 1e9;
    print(files.size(), totals, seconds);
    return totals.failed.get() > 0 ? CliException.FAILED : 0;
  }

  private void send(Client client, Path file, SyncState state, Totals totals, Progress progress) {
    try {
      JsonObject report = client.importFile(file, subagentQuery(file));
      totals.sent.incrementAndGet();
      for (JsonValue value : report.getJsonArray("sessions")) {
        JsonObject result = value.asJsonObject();
        switch (result.getString("outcome")) {
          case "imported", "replaced" -> totals.imported.incrementAndGet();
          case "updated" -> totals.updated.incrementAndGet();
          case "unchanged", "skipped" -> totals.unchanged.incrementAndGet();
          default -> failure(totals, file + ": " + result.get("errors"));
        }
        totals.messages.addAndGet(result.getJsonNumber("messages").longValue());
      }
      state.sent(file);
    } catch (CliException e) {
      if (e.exitCode() == CliException.UNREACHABLE || e.exitCode() == CliException.REFUSED) {
        throw e;
      }
      failure(totals, file + ": " + e.getMessage());
    } finally {
      progress.step(file);
    }
  }

  private static void failure(Totals totals, String message) {
    totals.failed.incrementAndGet();
    synchronized (totals.failures) {
      totals.failures.add(message);
    }
  }

  private void print(int found, Totals totals, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
    long messages = totals.messages.get();
    double rate = seconds > 0 ? messages / seconds : 0;
    if (json) {
      out.println(
          Json.createObjectBuilder()
              .add("files", found)
              .add("sent", totals.sent.get())
              .add("imported", totals.imported.get())
              .add("updated", totals.updated.get())
              .add("unchanged", totals.unchanged.get())
              .add("failed", totals.failed.get())
              .add("messages", messages)
              .add("seconds", Math.round(seconds * 1000) / 1000.0)
              .add("messagesPerSecond", Math.round(rate))
              .add("failures", Json.createArrayBuilder(totals.failures))
              .build());
      return;
    }
    new Table(
            "FILES",
            "SENT",
            "IMPORTED",
            "UPDATED",
            "UNCHANGED",
            "FAILED",
            "NEW MESSAGES",
            "SECONDS")
        .row(
            found,
            totals.sent.get(),
            totals.imported.get(),
            totals.updated.get(),
            totals.unchanged.get(),
            totals.failed.get(),
            messages,
            String.format(java.util.Locale.ROOT, "%.1f", seconds))
        .print(out);
    totals.failures.forEach(failure -> spec.commandLine().getErr().println("failed: " + failure));
  }

  /** The transcripts under the roots: Claude Code's *.jsonl and Codex's rollout-*.jsonl. */
  static List<Path> transcripts(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        files.add(root);
      } else if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().endsWith(".jsonl"))
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * For a sub-agent's transcript, what its {@code agent-<id>.meta.json} beside it says (type and
   * description) as query parameters; nothing otherwise.
   */
  static String subagentQuery(Path file) {
    String name = file.getFileName().toString();
    Path meta = file.resolveSibling(name.replaceFirst("\\.jsonl$", ".meta.json"));
    if (!isSubagent(file) || !Files.isRegularFile(meta)) {
      return "";
    }
    try (var reader = Json.createReader(Files.newBufferedReader(meta))) {
      JsonObject fields = reader.readObject();
      StringBuilder query = new StringBuilder();
      for (String[] pair :
          new String[][] {{"agentType", "agentType"}, {"description", "agentDescription"}}) {
        if (fields.get(pair[0]) instanceof jakarta.json.JsonString value) {
          query.append(query.length() == 0 ? "?" : "&");
          query.append(pair[1]).append('=').append(Client.encode(value.getString()));
        }
      }
      return query.toString();
    } catch (IOException | RuntimeException unreadable) {
      return ""; // the transcript goes without them
    }
  }

  static boolean isSubagent(Path file) {
    Path parent = file.getParent();
    return parent != null && parent.getFileName().toString().equals("subagents");
  }

  /** A one-line progress bar on stderr, only when a person watches a terminal. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total, boolean wanted) {
      this.err = err;
      this.total = total;
      this.visible = wanted && System.console() != null && total > 0;
    }

    void step(Path file) {
      int now = done.incrementAndGet();
      if (visible) {
        int filled = total == 0 ? 30 : now * 30 / total;
        synchronized (err) {
          err.print(
              "\r["
                  + "#".repeat(filled)
                  + ".".repeat(30 - filled)
                  + "] "
                  + now
                  + "/"
                  + total
                  + " "
                  + Table.cut(file.getFileName().toString(), 40)
                  + "   ");
          err.flush();
        }
      }
    }

    void done() {
      if (visible) {
        err.println();
      }
    }
  }
}
