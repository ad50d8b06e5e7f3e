package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Claude Code transcripts sent to {@code POST /imports} as the tool writes them: the session, its
 * sub-agent, cost from the price table, search, and synchronisation (the same file again, a longer
 * one, a response that grew between two reads).
 */
class TranscriptIT extends EndToEndTest {
  static final String TRANSCRIPT_REDACTIONS = "Session-Vault-Transcript-Redactions";

  /** Written for the reader's own tests: every record kind of a main transcript. */
  static final Path FIXTURE =
      Path.of("../session-web/src/test/resources/transcripts/claude-code/session.jsonl");

  static final String FIXTURE_SESSION = "5f0c1a9e-3b7d-4c2e-9a41-7d2b8e6f1c30";

  static final String CODEX_SESSION = "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

  /** A Codex rollout written for the reader's own tests. */
  static final Path CODEX_FIXTURE =
      Path.of(
          "../session-web/src/test/resources/transcripts/codex/rollout-2026-11-29T15-00-00-"
              + CODEX_SESSION
              + ".jsonl");

  /**
   * The fixture under a session id of its own, with a word no other test uses in its first prompt.
   */
  static String transcript(String sessionId, String word) {
    try {
      return Files.readString(FIXTURE)
          .replace(FIXTURE_SESSION, sessionId)
          .replace("and log why", "and log why " + word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code count} lines of a transcript: the file as it was earlier in the session. */
  static String firstLines(String transcript, int count) {
    return String.join("\n", transcript.lines().limit(count).toList()) + "\n";
  }

  @Test
  void aTranscriptBecomesASearchableSessionWithItsSubAgentAndItsCost() {
    String id = UUID.randomUUID().toString();
    String word = "transcript" + UUID.randomUUID().toString().replace("-", "");
    JsonObject report = Api.post("/imports", transcript(id, word)).expect(201).json();
    assertEquals(2, report.getInt("imported"), report.toString());
    JsonObject main = report.getJsonArray("sessions").getJsonObject(0);
    assertEquals(id, main.getString("id"), "the assistant's session id is kept");
    assertEquals(16, main.getInt("messages"));
    JsonObject transcript = main.getJsonObject("transcript");
    assertEquals("claude-code", transcript.getString("format"));
    assertEquals(31, transcript.getInt("lines"));
    assertEquals(
        List.of(9),
        transcript.getJsonArray("malformedLines").stream()
            .map(v -> Integer.parseInt(v.toString()))
            .toList());
    assertEquals(1, transcript.getJsonObject("skipped").getInt("progress"));
    assertEquals(3, transcript.getJsonObject("skipped").getInt("queue-operation"));

    JsonObject session = Api.get("/sessions/" + id).expect(200).json();
    assertEquals("Fix the flaky UserService test", session.getString("name"));
    assertEquals("Fixed the clock race in UserServiceTest", session.getString("summary"));
    assertEquals("claude_code", session.getString("agent"));
    assertEquals("claude-sonnet-4-5-20250929", session.getString("model"));
    assertEquals("C:\\Users\\Åsa\\src\\vault-demo", session.getString("projectPath"));
    assertEquals("feature/émoji-😀", session.getString("gitBranch"));
    assertEquals(16, session.getInt("messageCount"));
    assertEquals(22, session.getInt("inputTokens"));
    assertEquals(250, session.getInt("outputTokens"), "each response once, with its final usage");
    assertEquals(4500, session.getInt("cacheReadTokens"));
    assertEquals(1300, session.getInt("cacheWriteTokens"));
    // Sonnet 4.5: 3 / 15 / 0.30 / 3.75 (5 min) / 6 (1 hour) USD per million tokens
    assertEquals(
        0,
        new BigDecimal("0.011841")
            .compareTo(session.getJsonNumber("totalCostUsd").bigDecimalValue()),
        session.toString());
    JsonArray todos =
        Api.get("/sessions/" + id + "/todos").expect(200).json().getJsonArray("items");
    assertEquals(3, todos.size());
    assertEquals("Write the note", todos.getJsonObject(2).getString("content"));

    String agentId = report.getJsonArray("sessions").getJsonObject(1).getString("id");
    JsonObject agent = Api.get("/sessions/" + agentId).expect(200).json();
    assertEquals(id, agent.getString("parentId"));
    assertEquals(id + ":agent-a7f3", agent.getString("externalId"));
    assertEquals("subagent", agent.getString("type"));
    JsonArray children = Api.get("/sessions?parentId=" + id).expect(200).items();
    assertEquals(1, children.size());
    assertEquals(agentId, children.getJsonObject(0).getString("id"));

    String project =
        Api.post("/projects", "{\"key\":\"" + Fixtures.uniqueTag() + "\",\"name\":\"usage\"}")
            .expect(201)
            .json()
            .getString("id");
    Api.patch("/sessions/" + id, "{\"projectId\":\"" + project + "\"}").expect(200);
    String period = "&from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z&projectId=" + project;
    JsonObject byModel = Api.get("/usage?by=model" + period).expect(200).json();
    JsonObject sonnet = byModel.getJsonArray("rows").getJsonObject(0);
    assertEquals("claude-sonnet-4-5-20250929", sonnet.getString("key"), byModel.toString());
    assertEquals(250, sonnet.getInt("outputTokens"));
    assertEquals(
        0, new BigDecimal("0.011841").compareTo(sonnet.getJsonNumber("costUsd").bigDecimalValue()));
    assertEquals(16, byModel.getJsonObject("total").getInt("messages"));
    assertEquals(1, byModel.getJsonObject("total").getInt("sessions"));
    JsonArray days = Api.get("/usage?by=day" + period).expect(200).json().getJsonArray("rows");
    assertEquals(1, days.size(), days.toString());
    assertEquals("2026-11-30", days.getJsonObject(0).getString("key"));
    Api.get("/usage?by=week").problem(400);

    Api.awaitIndexed();
    JsonArray hits =
        Api.get("/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
            .expect(200)
            .json()
            .getJsonArray("hits");
    assertEquals(1, hits.size(), hits.toString());
    assertEquals(id, hits.getJsonObject(0).getString("sessionId"));
  }

  @Test
  void theSameTranscriptAgainChangesNothingAndALongerOneAddsOnlyWhatIsNew() {
    String id = UUID.randomUUID().toString();
    String full = transcript(id, Fixtures.uniqueTag());
    // line 19 is the first of response C's two lines: its usage still shows 3 output tokens
    String earlier = firstLines(full, 19);
    JsonObject first = Api.post("/imports", earlier).expect(201).json();
    assertEquals(10, first.getJsonArray("sessions").getJsonObject(0).getInt("messages"));
    assertEquals(120 + 40 + 3, outputTokens(id));

    JsonObject again = Api.post("/imports", earlier).expect(200).json();
    JsonObject unchanged = again.getJsonArray("sessions").getJsonObject(0);
    assertEquals("unchanged", unchanged.getString("outcome"), again.toString());
    assertEquals(0, unchanged.getInt("messages"));
    assertEquals(10, unchanged.getInt("unchanged"));
    assertEquals(1, again.getInt("unchanged"), "the file is recognised whole, before it is read");
    assertEquals(1, again.getJsonArray("sessions").size());
    JsonObject before = Api.get("/sessions/" + id).expect(200).json();

    JsonObject longer = Api.post("/imports", full).expect(200).json();
    JsonObject updated = longer.getJsonArray("sessions").getJsonObject(0);
    assertEquals("updated", updated.getString("outcome"), longer.toString());
    assertEquals(6, updated.getInt("messages"), "u4's reply c2, then u5, e1, k1, k2, m1");
    assertEquals(10, updated.getInt("unchanged"));
    assertTrue(
        updated.getJsonArray("warnings").toString().contains("final usage"), longer.toString());
    assertEquals(1, longer.getInt("updated"));
    assertEquals(1, longer.getInt("unchanged"), "the sub-agent's lines were all there");
    JsonObject after = Api.get("/sessions/" + id).expect(200).json();
    assertEquals(16, after.getInt("messageCount"));
    assertEquals(250, after.getInt("outputTokens"), "response C counted once");
    assertEquals(
        0,
        new BigDecimal("0.011841")
            .compareTo(after.getJsonNumber("totalCostUsd").bigDecimalValue()));
    assertEquals("Fix the flaky UserService test", after.getString("name"));
    assertTrue(after.getString("lastActivityAt").compareTo(before.getString("lastActivityAt")) > 0);
  }

  @Test
  void aSubAgentSentBeforeItsMainSessionIsLinkedWhenTheMainOneArrives() throws Exception {
    String id = UUID.randomUUID().toString();
    String agentFile =
        Files.readString(FIXTURE.resolveSibling("agent-b9e2.jsonl")).replace(FIXTURE_SESSION, id);
    JsonObject early =
        Api.post(
                "/imports?agentType=Explore&agentDescription=List%20the%20flaky%20tests", agentFile)
            .expect(201)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0);
    assertTrue(early.getJsonArray("warnings").toString().contains("not in the vault yet"));
    String agentId = early.getString("id");
    assertEquals(
        "List the flaky tests",
        Api.get("/sessions/" + agentId).expect(200).json().getString("name"));
    Api.post("/imports", transcript(id, "late")).expect(201);
    assertEquals(id, Api.get("/sessions/" + agentId).expect(200).json().getString("parentId"));
  }

  @Test
  void aNameEditedInTheVaultIsKeptWhenTheTranscriptComesAgain() {
    String id = UUID.randomUUID().toString();
    String full = transcript(id, Fixtures.uniqueTag());
    Api.post("/imports", firstLines(full, 19)).expect(201);
    Api.patch("/sessions/" + id, "{\"name\":\"Named in the vault\"}").expect(200);
    Api.post("/imports", full).expect(200);
    assertEquals(
        "Named in the vault", Api.get("/sessions/" + id).expect(200).json().getString("name"));
  }

  @Test
  void theTranscriptComesBackByteForByteInItsLongestVersion() throws Exception {
    String id = UUID.randomUUID().toString();
    String full = transcript(id, "bytes").replace("\n", "\r\n"); // Windows line ends, kept
    String earlier = firstLines(full, 19).replace("\n", "\r\n");
    Api.post("/imports", earlier).expect(201);
    assertTranscript(id, earlier);
    JsonObject longer = Api.post("/imports", full).expect(200).json();
    assertTranscript(id, full);
    JsonObject again = Api.post("/imports", full).expect(200).json();
    assertEquals("unchanged", again.getJsonArray("sessions").getJsonObject(0).getString("outcome"));
    assertEquals(16, again.getJsonArray("sessions").getJsonObject(0).getInt("unchanged"));
    String viewer =
        Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "transcript viewer", "viewer");
    Api.post("/imports", full, "Authorization", Credentials.bearer(viewer)).problem(403);
    JsonObject shorter = Api.post("/imports", earlier).expect(200).json();
    assertTrue(shorter.toString().contains("is longer than the one sent"), shorter.toString());
    assertTranscript(id, full);
    String agent = longer.getJsonArray("sessions").getJsonObject(1).getString("id");
    Api.get("/sessions/" + agent + "/transcript").problem(404);
    Api.get("/sessions/" + id + "/transcript", "Authorization", Fixtures.adminOfAnotherAccount("t"))
        .problem(404);
  }

  @Test
  void secretsAreTakenOutOfTheKeptTranscriptAndTheAnswerSaysSo() {
    String id = UUID.randomUUID().toString();
    String token = "ghp_" + "A1b2C3d4E5".repeat(3) + "f6G7h8";
    String withSecret = transcript(id, "secret").replace("and log why", "token " + token + " and");
    Api.post("/imports", withSecret).expect(201);
    Reply kept = Api.get("/sessions/" + id + "/transcript").expect(200);
    assertEquals("1", kept.header(TRANSCRIPT_REDACTIONS));
    assertTrue(!kept.body().contains(token) && kept.body().contains("[REDACTED:github-token]"));
    assertEquals(withSecret.replace(token, "[REDACTED:github-token]"), kept.body());
    String content =
        Api.get("/sessions/" + id + "/messages/1").expect(200).json().getString("content");
    assertTrue(content.contains("[REDACTED:github-token]"), content);
  }

  @Test
  void theEndOfATranscriptCanBeSentAloneFromTheLengthTheVaultHolds() {
    String id = UUID.randomUUID().toString();
    String token = "ghp_" + "Z9y8X7w6V5".repeat(3) + "u4T3s2";
    String full =
        transcript(id, Fixtures.uniqueTag()).replace("and log why", "token " + token + " and");
    // cut inside line 19: the vault keeps half a line, and reads it whole once the rest comes
    int cut = firstLines(full, 18).length() + 10;
    String start = full.substring(0, cut);
    String end = full.substring(cut);
    Api.post("/imports", start).expect(201);
    long held = start.getBytes(StandardCharsets.UTF_8).length; // as sent, before redaction
    String append = "/imports?appendTo=" + id + "&offset=";

    JsonObject report = Api.post(append + held, end).expect(200).json();
    JsonObject main = report.getJsonArray("sessions").getJsonObject(0);
    assertEquals("updated", main.getString("outcome"), report.toString());
    JsonObject session = Api.get("/sessions/" + id).expect(200).json();
    assertEquals(16, session.getInt("messageCount"), "as many as the whole file gives");
    assertEquals(250, session.getInt("outputTokens"), "response C counted once");
    Reply kept = Api.get("/sessions/" + id + "/transcript").expect(200);
    assertEquals(full.replace(token, "[REDACTED:github-token]"), kept.body());
    assertEquals("1", kept.header(TRANSCRIPT_REDACTIONS), "the kept start's secret still counts");

    // a client that missed an upload learns the length the vault holds
    long whole = full.getBytes(StandardCharsets.UTF_8).length;
    JsonObject stale = Api.post(append + held, end).problem(409);
    assertEquals(whole, stale.getJsonNumber("transcriptBytes").longValue());
    Api.post("/imports?appendTo=no-such-session&offset=" + held, end).problem(404);
    Api.post(append + held, end, "Authorization", Fixtures.adminOfAnotherAccount("tail"))
        .problem(404);
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "tail viewer", "viewer");
    Api.post(append + held, end, "Authorization", Credentials.bearer(viewer)).problem(403);
    assertTrue(
        Api.post("/imports?offset=" + held, end).problem(400).toString().contains("appendTo"));
    assertTrue(Api.post(append + "-1", end).problem(400).toString().contains("offset"));
    Api.post(append + whole + "&format=codex", "{}").problem(400);
    assertEquals(16, Api.get("/sessions/" + id).expect(200).json().getInt("messageCount"));
  }

  private static void assertTranscript(String id, String expected) throws Exception {
    Reply kept = Api.get("/sessions/" + id + "/transcript").expect(200);
    assertEquals(expected, kept.body());
    assertEquals("0", kept.header(TRANSCRIPT_REDACTIONS));
    assertEquals(
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(expected.getBytes(StandardCharsets.UTF_8))),
        kept.header("Session-Vault-Transcript-Sha256"));
  }

  @Test
  void aCodexRolloutBecomesASessionWithItsUsageCountedOnceAndSyncsLikeATranscript()
      throws Exception {
    String id = UUID.randomUUID().toString();
    String rollout = Files.readString(CODEX_FIXTURE).replace(CODEX_SESSION, id);
    String earlier = firstLines(rollout, 12);
    JsonObject first = Api.post("/imports", earlier).expect(201).json();
    JsonObject result = first.getJsonArray("sessions").getJsonObject(0);
    assertEquals("codex", result.getJsonObject("transcript").getString("format"));
    assertEquals(id, result.getString("id"));
    JsonObject longer = Api.post("/imports", rollout).expect(200).json();
    JsonObject updated = longer.getJsonArray("sessions").getJsonObject(0);
    assertEquals("updated", updated.getString("outcome"), longer.toString());
    assertEquals(4, updated.getInt("unchanged"));
    assertEquals(8, updated.getInt("messages"));
    JsonObject session = Api.get("/sessions/" + id).expect(200).json();
    assertEquals("codex", session.getString("agent"));
    assertEquals("gpt-5-codex", session.getString("model"));
    assertEquals("fix/cart-total", session.getString("gitBranch"));
    assertEquals(12, session.getInt("messageCount"));
    assertEquals(2300, session.getInt("inputTokens"), "3,500 input tokens, 1,200 of them cached");
    assertEquals(1200, session.getInt("cacheReadTokens"));
    assertEquals(170, session.getInt("outputTokens"), "reasoning is inside output");
    // gpt-5-codex: 1.25 input, 10 output, 0.125 cached input USD per million tokens
    assertEquals(
        0,
        new BigDecimal("0.004725")
            .compareTo(session.getJsonNumber("totalCostUsd").bigDecimalValue()));
    JsonArray todos =
        Api.get("/sessions/" + id + "/todos").expect(200).json().getJsonArray("items");
    assertEquals("Fix and test", todos.getJsonObject(1).getString("content"));
    assertEquals(rollout, Api.get("/sessions/" + id + "/transcript").expect(200).body());
  }

  @Test
  void aTranscriptWithoutConversationIsRefusedSayingSo() {
    JsonObject problem =
        Api.post(
                "/imports?format=claude-code",
                "{\"type\":\"progress\",\"sessionId\":\"x\"}\nnot json\n")
            .expect(400)
            .problem(400);
    assertTrue(problem.toString().contains("no conversation line"), problem.toString());
  }

  private static int outputTokens(String id) {
    return Api.get("/sessions/" + id).expect(200).json().getInt("outputTokens");
  }
}
