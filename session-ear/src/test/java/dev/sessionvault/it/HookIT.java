package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook scripts of integrations/ run as the assistants run them (bash, a JSON object on stdin
 * for Claude Code, as the last argument for Codex) against the server, and against an address where
 * no server answers.
 */
class HookIT extends EndToEndTest {
  static final Path CLAUDE_HOOK = Path.of("../integrations/claude-code/sessionvault-hook.sh");
  static final Path CODEX_NOTIFY = Path.of("../integrations/codex/sessionvault-notify.sh");

  /** Where nothing listens: the server as a stopped one looks to a client. */
  static final String NO_SERVER = "http://127.0.0.1:9";

  @TempDir Path home;

  /** The scripts' background senders are done before the temporary home is deleted. */
  @AfterEach
  void awaitSenders() throws Exception {
    for (int i = 0; i < 400 && Files.isDirectory(home.resolve("hook")); i++) {
      try (var locks = Files.newDirectoryStream(home.resolve("hook"), "sending-*.lock")) {
        if (!locks.iterator().hasNext()) {
          return;
        }
      }
      Thread.sleep(50);
    }
  }

  /** Runs a script; answers how long it took to return, in milliseconds. */
  long run(Path script, String stdin, String url, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .putAll(
            Map.of(
                "HOME", home.toString(),
                "SESSIONVAULT_URL", url,
                "SESSIONVAULT_API_KEY", Credentials.defaultAdminKey(),
                "SESSIONVAULT_HOOK_DIR", home.resolve("hook").toString()));
    builder.redirectErrorStream(true).redirectOutput(home.resolve("script.out").toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertTrue(process.waitFor(10, TimeUnit.SECONDS));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, process.exitValue(), Files.readString(home.resolve("script.out")));
    return millis;
  }

  static String hookInput(String sessionId, Path transcript, String event) {
    return "{\"session_id\":\""
        + sessionId
        + "\",\"transcript_path\":\""
        + transcript.toString().replace("\\", "\\\\")
        + "\",\"cwd\":\"/home/dev/vault-demo\",\"permission_mode\":\"default\","
        + "\"hook_event_name\":\""
        + event
        + "\",\"reason\":\"exit\"}";
  }

  @Test
  void theClaudeCodeHookReturnsAtOnceAndItsUploadIsSearchable() throws Exception {
    String id = UUID.randomUUID().toString();
    String word = "hook" + UUID.randomUUID().toString().replace("-", "");
    Path transcript =
        write(home.resolve("projects/" + id + ".jsonl"), TranscriptIT.transcript(id, word));
    long took = run(CLAUDE_HOOK, hookInput(id, transcript, "Stop"), Api.ROOT);
    assertTrue(took < 1500, "the hook returned after " + took + " ms");
    awaitSession(id);
    Api.awaitIndexed();
    JsonArray hits = Api.get("/search?q=" + word).expect(200).json().getJsonArray("hits");
    assertEquals(1, hits.size(), hits.toString());
  }

  @Test
  void aSubAgentStopSendsTheSubAgentsTranscriptWithWhatItsMetaFileSays() throws Exception {
    String id = UUID.randomUUID().toString();
    Path main = write(home.resolve("p/" + id + ".jsonl"), TranscriptIT.transcript(id, "parent"));
    Path agent =
        write(
            home.resolve("p/" + id + "/subagents/agent-b9e2.jsonl"),
            Files.readString(TranscriptIT.FIXTURE.resolveSibling("agent-b9e2.jsonl"))
                .replace(TranscriptIT.FIXTURE_SESSION, id));
    write(
        agent.resolveSibling("agent-b9e2.meta.json"),
        "{\"agentType\":\"general-purpose\",\"description\":\"Find flaky tests: été\"}");
    run(CLAUDE_HOOK, hookInput(id, main, "Stop"), Api.ROOT);
    awaitSession(id);
    String input =
        hookInput(id, main, "SubagentStop")
            .replace(
                "\"reason\"",
                "\"agent_id\":\"b9e2\",\"agent_transcript_path\":\"" + agent + "\",\"reason\"");
    run(CLAUDE_HOOK, input, Api.ROOT);
    for (int i = 0; i < 600; i++) {
      var children = Api.get("/sessions?parentId=" + id).expect(200).items();
      if (children.size() == 2) { // the sidechain agent of the main file, and b9e2
        assertTrue(children.toString().contains("Find flaky tests: été"), children.toString());
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the sub-agent never arrived");
  }

  @Test
  void theHookSendsOnlyWhatTheAssistantWroteSinceItsLastCall() throws Exception {
    String id = UUID.randomUUID().toString();
    String full = TranscriptIT.transcript(id, "tail");
    String start = TranscriptIT.firstLines(full, 19);
    Path file = write(home.resolve("projects/" + id + ".jsonl"), start);
    run(CLAUDE_HOOK, hookInput(id, file, "Stop"), Api.ROOT);
    awaitLog("sent " + file + " (201)");

    Files.writeString(file, full);
    run(CLAUDE_HOOK, hookInput(id, file, "Stop"), Api.ROOT);
    long held = start.getBytes(StandardCharsets.UTF_8).length;
    awaitLog("sent the end of " + file + " from byte " + held + " (200)");
    assertEquals(16, Api.get("/sessions/" + id).expect(200).json().getInt("messageCount"));
    assertEquals(full, Api.get("/sessions/" + id + "/transcript").expect(200).body());

    // the vault got a longer version by another road: its answer makes the hook send it whole
    String line = "{\"type\":\"last-prompt\",\"sessionId\":\"" + id + "\"}\n";
    Api.post("/imports", full + line).expect(200);
    Files.writeString(file, full + line + line);
    run(CLAUDE_HOOK, hookInput(id, file, "Stop"), Api.ROOT);
    awaitLog("sent " + file + " (200)");
    assertEquals(full + line + line, Api.get("/sessions/" + id + "/transcript").expect(200).body());
  }

  @Test
  void withNoServerTheHookStillReturnsZeroAtOnceAndTheNextCallSendsWhatWasKept() throws Exception {
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    Path one =
        write(home.resolve("projects/" + first + ".jsonl"), TranscriptIT.transcript(first, "one"));
    Path two =
        write(
            home.resolve("projects/" + second + ".jsonl"), TranscriptIT.transcript(second, "two"));
    long took = run(CLAUDE_HOOK, hookInput(first, one, "SessionEnd"), NO_SERVER);
    assertTrue(took < 1500, "the hook returned after " + took + " ms");
    awaitLog("kept " + one);
    assertEquals(404, Api.get("/sessions/" + first).status());

    run(CLAUDE_HOOK, hookInput(second, two, "Stop"), Api.ROOT);
    awaitSession(first);
    awaitSession(second);
  }

  @Test
  void theCodexNotifierFindsTheRolloutOfItsThreadAndSendsIt() throws Exception {
    String id = UUID.randomUUID().toString();
    write(
        home.resolve(".codex/sessions/2026/11/29/rollout-2026-11-29T15-00-00-" + id + ".jsonl"),
        Files.readString(TranscriptIT.CODEX_FIXTURE).replace(TranscriptIT.CODEX_SESSION, id));
    String turn =
        "{\"type\":\"agent-turn-complete\",\"thread-id\":\""
            + id
            + "\",\"turn-id\":\"1\",\"cwd\":\"/home/dev/shop\",\"input-messages\":[\"fix it\"],"
            + "\"last-assistant-message\":\"Fixed\"}";
    long took = run(CODEX_NOTIFY, "", Api.ROOT, turn);
    assertTrue(took < 1500, "the notifier returned after " + took + " ms");
    awaitSession(id);
    assertEquals("codex", Api.get("/sessions/" + id).expect(200).json().getString("agent"));
  }

  private void awaitLog(String line) throws Exception {
    Path log = home.resolve("hook/hook.log");
    for (int i = 0; i < 200; i++) {
      // logged, and that sender gone: the next call's sender takes the spool
      if (Files.exists(log)
          && Files.readString(log).contains(line)
          && !Files.exists(home.resolve("hook/sending-claude-code.lock"))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the hook's log never said: " + line);
  }

  private static void awaitSession(String id) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (Api.get("/sessions/" + id).status() == 200) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("session " + id + " never arrived");
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
