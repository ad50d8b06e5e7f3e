package dev.sessionvault.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sv restore ID}: writes a session's stored transcript back where its assistant looks for
 * it, so that {@code claude --resume <id>} or {@code codex resume <id>} picks it up on another
 * machine or after the assistant deleted it.
 */
@Command(
    name = "restore",
    description =
        "Write a session's transcript back where Claude Code (~/.claude/projects/...) or Codex"
            + " (~/.codex/sessions/YYYY/MM/DD/...) looks for it.")
final class RestoreCommand implements Callable<Integer> {
  private static final DateTimeFormatter ROLLOUT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneOffset.UTC);

  @ParentCommand Sv sv;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "the session's id")
  String id;

  @Option(
      names = "--cwd",
      description =
          "the project folder on this machine, when it is not where the session ran (Claude Code)")
  String cwd;

  @Option(names = "--home", description = "the home folder to restore into (default: yours)")
  Path home;

  @Option(names = "--force", description = "replace a different file already there")
  boolean force;

  @Option(names = "--json", description = "where it was written, as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Client client = sv.client();
    JsonObject session = client.get("/api/v1/sessions/" + Client.encode(id));
    Path target = target(session, home != null ? home : Path.of(System.getProperty("user.home")));
    var response = client.stream("/api/v1/sessions/" + Client.encode(id) + "/transcript");
    Files.createDirectories(target.getParent());
    Path written = Files.createTempFile(target.getParent(), ".sv-restore", ".tmp");
    try (InputStream in = response.body()) {
      Files.copy(in, written, StandardCopyOption.REPLACE_EXISTING);
      String outcome = "restored";
      if (Files.exists(target)) {
        if (Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(written))) {
          outcome = "already in place";
        } else if (!force) {
          throw new CliException(
              CliException.INVALID, target + " exists with other content: --force replaces it");
        }
      }
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
      long bytes = Files.size(target);
      if (json) {
        spec.commandLine()
            .getOut()
            .println(
                jakarta.json.Json.createObjectBuilder()
                    .add("path", target.toString())
                    .add("bytes", bytes)
                    .add("outcome", outcome)
                    .add(
                        "redactions",
                        response
                            .headers()
                            .firstValue("Session-Vault-Transcript-Redactions")
                            .orElse("0"))
                    .build());
      } else {
        spec.commandLine().getOut().println(outcome + ": " + target + " (" + bytes + " bytes)");
        response
            .headers()
            .firstValue("Session-Vault-Transcript-Redactions")
            .filter(count -> !count.equals("0"))
            .ifPresent(
                count ->
                    spec.commandLine()
                        .getErr()
                        .println("note: " + count + " secret(s) were replaced in the stored copy"));
      }
    } finally {
      Files.deleteIfExists(written);
    }
    return 0;
  }

  /** Where the assistant keeps this session's file under {@code home}. */
  Path target(JsonObject session, Path home) {
    String agent = session.getString("agent", "");
    String externalId = session.getString("externalId", null);
    String sessionId = externalId != null ? externalId : session.getString("id");
    if (agent.equals("codex")) {
      Instant created = Instant.parse(session.getString("createdAt"));
      String day =
          DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC).format(created);
      return home.resolve(".codex/sessions")
          .resolve(day)
          .resolve("rollout-" + ROLLOUT_TIME.format(created) + "-" + sessionId + ".jsonl");
    }
    if (!agent.equals("claude_code")) {
      throw new CliException(
          CliException.INVALID,
          "session "
              + id
              + " is a "
              + agent
              + " session: only Claude Code and Codex sessions restore");
    }
    String folder = cwd != null ? cwd : session.getString("projectPath", null);
    if (folder == null) {
      throw new CliException(
          CliException.INVALID, "the session has no project path: give the folder with --cwd");
    }
    Path project = home.resolve(".claude/projects").resolve(projectFolder(folder));
    int agentAt = sessionId.indexOf(":agent-");
    if (agentAt > 0) {
      return project
          .resolve(sessionId.substring(0, agentAt))
          .resolve("subagents")
          .resolve(sessionId.substring(agentAt + 1) + ".jsonl");
    }
    return project.resolve(sessionId + ".jsonl");
  }

  /** Claude Code's folder name for a working directory: every other character becomes '-'. */
  static String projectFolder(String cwd) {
    return cwd.replaceAll("[^A-Za-z0-9]", "-");
  }
}
