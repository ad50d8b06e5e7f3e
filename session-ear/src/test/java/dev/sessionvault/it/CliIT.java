package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sv}, the command-line client, run as a user runs it ({@code java -jar session-cli.jar})
 * against the server, in a temporary home folder holding Claude Code and Codex trees.
 */
class CliIT extends EndToEndTest {
  static final Path JAR = Path.of("../session-cli/target/session-cli.jar");

  @TempDir Path home;

  /** One run of sv: its exit code and what it wrote. */
  record Run(int exit, String out, String err) {
    JsonObject json() {
      return Json.createReader(new StringReader(out)).readObject();
    }
  }

  Run sv(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.home=" + home);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SESSIONVAULT_URL");
    builder.environment().remove("SESSIONVAULT_API_KEY");
    builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    builder.environment().putAll(env);
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "sv " + String.join(" ", args));
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  Run sv(String... args) throws IOException, InterruptedException {
    return sv(
        Map.of("SESSIONVAULT_URL", Api.ROOT, "SESSIONVAULT_API_KEY", Credentials.defaultAdminKey()),
        args);
  }

  @Test
  void loginKeepsTheKeyForItsOwnerOnlyAndARefusedKeySaysSo() throws Exception {
    Run login = sv(Map.of(), "login", "--url", Api.ROOT, "--key", Credentials.defaultAdminKey());
    assertEquals(0, login.exit(), login.err());
    Path config = home.resolve(".config/sessionvault/config.properties");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
    Run list = sv(Map.of(), "sessions", "list", "--json", "--limit", "1");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.json().containsKey("items"));

    Run refused = sv(Map.of(), "login", "--url", Api.ROOT, "--key", "svk_not-a-key");
    assertEquals(4, refused.exit(), refused.err());
    assertTrue(refused.err().contains("401"), refused.err());
    Run notSignedIn = sv(Map.of("XDG_CONFIG_HOME", home.resolve("nowhere").toString()), "usage");
    assertEquals(3, notSignedIn.exit());
    assertTrue(notSignedIn.err().contains("sv login"), notSignedIn.err());
    Run unreachable =
        sv(Map.of("SESSIONVAULT_URL", "http://127.0.0.1:9", "SESSIONVAULT_API_KEY", "x"), "usage");
    assertEquals(6, unreachable.exit(), unreachable.err());
    Run missing = sv("show", UUID.randomUUID().toString());
    assertEquals(5, missing.exit(), missing.err());
  }

  @Test
  void aSyncedTreeIsListedSearchedExportedAndRestoredByteForByte() throws Exception {
    String id = UUID.randomUUID().toString();
    String codexId = UUID.randomUUID().toString();
    String word = "cli" + UUID.randomUUID().toString().replace("-", "");
    Path project = home.resolve(".claude/projects/-home-dev-vault-demo");
    Path main = project.resolve(id + ".jsonl");
    Path agent = project.resolve(id + "/subagents/agent-b9e2.jsonl");
    Path rollout =
        home.resolve(
            ".codex/sessions/2026/11/29/rollout-2026-11-29T15-00-00-" + codexId + ".jsonl");
    write(main, TranscriptIT.transcript(id, word));
    write(
        agent,
        Files.readString(TranscriptIT.FIXTURE.resolveSibling("agent-b9e2.jsonl"))
            .replace(TranscriptIT.FIXTURE_SESSION, id));
    write(
        agent.resolveSibling("agent-b9e2.meta.json"),
        "{\"agentType\": \"Explore\", \"description\": \"List the flaky tests ✓\"}");
    write(
        rollout,
        Files.readString(TranscriptIT.CODEX_FIXTURE).replace(TranscriptIT.CODEX_SESSION, codexId));

    Run first = sv("sync", "--json");
    assertEquals(0, first.exit(), first.err());
    JsonObject summary = first.json();
    assertEquals(3, summary.getInt("files"));
    assertEquals(4, summary.getInt("imported"), first.out()); // main, 2 sub-agents, codex
    assertEquals(16 + 2 + 3 + 12, summary.getInt("messages"));
    Run again = sv("sync", "--json");
    assertEquals(0, again.json().getInt("sent"), "nothing changed since: nothing sent");
    Files.writeString(
        rollout,
        "{\"timestamp\":\"2026-11-29T14:01:00.000Z\",\"type\":\"response_item\",\"payload\":"
            + "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\","
            + "\"text\":\"thanks\"}]}}\n",
        java.nio.file.StandardOpenOption.APPEND);
    JsonObject grown = sv("sync", "--codex", "--json").json();
    assertEquals(1, grown.getInt("sent"));
    assertEquals(1, grown.getInt("updated"));
    assertEquals(1, grown.getInt("messages"));

    Run list = sv("sessions", "list", "--agent", "codex", "--json", "--limit", "200");
    assertTrue(list.out().contains(codexId), list.out());
    Run show = sv("show", id);
    assertTrue(show.out().contains("Fix the flaky UserService test"), show.out());
    assertTrue(show.out().contains("[x] Fix the clock"), show.out());
    assertTrue(show.out().contains("with 2 linked"), show.out()); // its two sub-agents
    Api.awaitIndexed();
    Run search = sv("search", word, "--color=false");
    assertEquals(0, search.exit(), search.err());
    assertTrue(search.out().contains("**" + word + "**"), search.out());
    Run export = sv("export", id, "--format", "markdown");
    assertTrue(export.out().startsWith("# Fix the flaky UserService test"), export.out());
    Run usage = sv("usage", "--by", "model", "--json");
    assertEquals(0, usage.exit(), usage.err());

    Path elsewhere = home.resolve("elsewhere");
    Run restore =
        sv("restore", id, "--home", elsewhere.toString(), "--cwd", "/home/dev/vault-demo");
    assertEquals(0, restore.exit(), restore.err());
    assertArrayEquals(
        Files.readAllBytes(main),
        Files.readAllBytes(
            elsewhere.resolve(".claude/projects/-home-dev-vault-demo/" + id + ".jsonl")));
    String agentId =
        Api.get("/sessions?agent=claude_code&size=200").expect(200).items().stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("externalId", "").equals(id + ":agent-b9e2"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    JsonObject subagent = Api.get("/sessions/" + agentId).expect(200).json();
    assertEquals("List the flaky tests ✓", subagent.getString("name"), "from agent-b9e2.meta.json");
    assertEquals(
        "Explore",
        subagent.getJsonObject("metadata").getJsonObject("claudeCode").getString("agentType"));
    assertEquals(0, sv("restore", agentId, "--home", elsewhere.toString()).exit());
    assertArrayEquals(
        Files.readAllBytes(agent),
        Files.readAllBytes(
            elsewhere.resolve(
                ".claude/projects/-home-dev-vault-demo/" + id + "/subagents/agent-b9e2.jsonl")));
    Run codexRestore = sv("restore", codexId, "--home", elsewhere.toString(), "--json");
    assertEquals(0, codexRestore.exit(), codexRestore.err());
    Path restored = Path.of(codexRestore.json().getString("path"));
    assertTrue(
        restored.startsWith(elsewhere.resolve(".codex/sessions/2026/11/29")), restored.toString());
    assertTrue(restored.getFileName().toString().endsWith("-" + codexId + ".jsonl"));
    assertArrayEquals(Files.readAllBytes(rollout), Files.readAllBytes(restored));
    Run twice = sv("restore", codexId, "--home", elsewhere.toString());
    assertTrue(twice.out().startsWith("already in place"), twice.out());
    Files.writeString(restored, "changed\n");
    assertEquals(7, sv("restore", codexId, "--home", elsewhere.toString()).exit());
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
