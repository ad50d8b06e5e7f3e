package dev.sessionvault.web.api.transfer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.TokensInput;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.TranscriptSession;
import dev.sessionvault.domain.cost.ModelPrice;
import dev.sessionvault.domain.cost.PriceTable;
import dev.sessionvault.domain.cost.Rates;
import dev.sessionvault.domain.cost.Usage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Claude Code reader on fixture transcripts written for it (session.jsonl: every record kind of
 * a main file; agent-b9e2.jsonl: a sub-agent's own file), checked field by field against counts
 * made by hand from the fixture.
 */
class ClaudeCodeTranscriptTest {
  static final String SESSION_ID = "5f0c1a9e-3b7d-4c2e-9a41-7d2b8e6f1c30";

  /** Sonnet 4.5 and Haiku 4.5 at their list prices; no other model has one. */
  static final TranscriptPricing PRICES =
      new TranscriptPricing() {
        private final PriceTable table =
            new PriceTable(
                List.of(
                    price("claude-sonnet-4-5", "3", "15", "0.3", "3.75", "6"),
                    price("claude-haiku-4-5", "1", "5", "0.1", "1.25", "2")));

        @Override
        public java.util.Optional<BigDecimal> cost(
            String model, long input, long output, long read, long write5m, long write1h) {
          return table.cost(model, new Usage(input, output, read, write5m + write1h, write1h));
        }
      };

  @TempDir Path temp;

  @Test
  void theMainConversationIsEveryConversationLineInTimeOrderWithQueuedInputKept() throws Exception {
    List<TranscriptSession> sessions = read("session.jsonl");
    assertEquals(2, sessions.size(), "the main session and its sub-agent");
    List<AppendMessageCommand> messages = messages(sessions.get(0));
    assertEquals(
        List.of(
            "u1",
            "a1",
            "a2",
            "a3",
            "u2",
            "b1",
            "u3",
            "queue-operation:12:2026-11-30T09:00:06.500Z",
            "u4",
            "c1",
            "c2",
            "u5",
            "e1",
            "k1",
            "k2",
            "m1"),
        messages.stream().map(AppendMessageCommand::externalId).toList());
    assertEquals(
        List.of(
            "user",
            "assistant",
            "assistant",
            "assistant",
            "tool",
            "assistant",
            "tool",
            "user",
            "user",
            "assistant",
            "assistant",
            "user",
            "assistant",
            "system",
            "system",
            "system"),
        messages.stream().map(AppendMessageCommand::role).toList());
    AppendMessageCommand steering = messages.get(7);
    assertEquals("also check the CI logs", steering.blocks().get(0).get("text"));
    assertEquals(true, steering.blocks().get(0).get("steering"));
    assertEquals("u4", messages.get(11).parentExternalId(), "a rewind keeps its own parent");
    assertEquals("e1", messages.get(13).parentExternalId(), "compaction's logical parent");
  }

  @Test
  void oneResponseWrittenOverSeveralLinesCountsOnceWithItsFinalUsage() throws Exception {
    List<AppendMessageCommand> messages = messages(read("session.jsonl").get(0));
    Map<String, AppendMessageCommand> byId =
        messages.stream().collect(Collectors.toMap(AppendMessageCommand::externalId, m -> m));
    assertEquals(new TokensInput(10L, 120L, 1000L, 500L), byId.get("a1").tokens());
    assertNull(byId.get("a2").tokens());
    assertNull(byId.get("a3").tokens());
    assertEquals(new TokensInput(7L, 90L, 2000L, 0L), byId.get("c1").tokens());
    assertNull(byId.get("c2").tokens());
    assertNull(byId.get("e1").tokens(), "an API error used nothing");
    assertNull(byId.get("e1").model(), "<synthetic> is no model");
    long output =
        messages.stream().filter(m -> m.tokens() != null).mapToLong(m -> m.tokens().output()).sum();
    assertEquals(120 + 40 + 90, output);
    // 1-hour cache writes at the 1-hour rate: 5*3 + 40*15 + 1500*0.3 + 800*6 = 5,865 millionths
    assertEquals(new BigDecimal("0.00586500"), byId.get("b1").costUsd());
    assertEquals(new BigDecimal("0.00400500"), byId.get("a1").costUsd());
    BigDecimal total =
        messages.stream()
            .map(AppendMessageCommand::costUsd)
            .filter(c -> c != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal("0.01184100"), total);
  }

  @Test
  void blocksKeepToolPairsAndDescribeImagesWithoutTheirBytes() throws Exception {
    List<AppendMessageCommand> messages = messages(read("session.jsonl").get(0));
    AppendMessageCommand thinking = messages.get(1);
    assertEquals("The test races on the clock.", thinking.blocks().get(0).get("thinking"));
    assertFalse(thinking.blocks().get(0).containsKey("signature"));
    AppendMessageCommand toolUse = messages.get(3);
    assertEquals("toolu_A1", toolUse.blocks().get(0).get("id"));
    AppendMessageCommand result = messages.get(4);
    assertEquals("toolu_A1", result.toolCallId());
    assertEquals("Read", result.toolName());
    assertEquals("toolu_A1", result.blocks().get(0).get("tool_use_id"));
    Map<String, Object> image = messages.get(8).blocks().get(1);
    assertEquals("image", image.get("type"));
    assertEquals(
        Map.of("type", "base64", "media_type", "image/png", "bytes", 16L), image.get("source"));
    assertEquals("Fix the flaky test in ÜserService 🚀 and log why", messages.get(0).content());
    Map<String, Object> boundary = messages.get(13).blocks().get(0);
    assertEquals("Conversation compacted", boundary.get("text"));
    assertEquals(
        Map.of(
            "subtype",
            "compact_boundary",
            "level",
            "info",
            "compactMetadata",
            Map.of("trigger", "auto", "preTokens", 155000L)),
        boundary.get("claudeCode"));
    assertEquals(true, messages.get(14).blocks().get(0).get("compactSummary"));
    assertEquals(true, messages.get(15).blocks().get(0).get("meta"));
    assertEquals(true, messages.get(12).blocks().get(0).get("apiError"));
  }

  @Test
  void theSessionTakesTitleSummaryTodosProjectAndBranchFromItsLines() throws Exception {
    TranscriptSession main = read("session.jsonl").get(0);
    ImportedSession session = main.session();
    assertEquals(SESSION_ID, session.session().externalId());
    assertEquals(UUID.fromString(SESSION_ID), session.originalId());
    assertEquals("claude_code", session.session().agent());
    assertEquals("Fix the flaky UserService test", session.session().name(), "the last ai-title");
    assertEquals("Fixed the clock race in UserServiceTest", session.session().summary());
    assertEquals("claude-sonnet-4-5-20250929", session.session().model());
    assertEquals("C:\\Users\\Åsa\\src\\vault-demo", session.session().projectPath());
    assertEquals("feature/émoji-😀", session.session().gitBranch());
    assertNull(main.parentExternalId());
    List<String> todos = new ArrayList<>();
    session.todos().forEach(t -> todos.add(t.item().content() + ":" + t.item().status()));
    assertEquals(
        List.of(
            "Reproduce the flake:completed", "Fix the clock:completed", "Write the note:pending"),
        todos,
        "the last TodoWrite");
    @SuppressWarnings("unchecked")
    Map<String, Object> claudeCode =
        (Map<String, Object>) session.session().metadata().get("claudeCode");
    assertEquals("2.1.40", claudeCode.get("version"));
    assertEquals(new BigDecimal("0.0123"), claudeCode.get("reportedCostUsd"));
  }

  @Test
  void linesThatAreNotConversationAreCountedAndBrokenOnesNamed() throws Exception {
    TranscriptSession main = read("session.jsonl").get(0);
    assertEquals(31, main.report().lines());
    assertEquals(List.of(9L), main.report().malformedLines());
    assertEquals(
        Map.of(
            "file-history-snapshot", 1L,
            "progress", 1L,
            "queue-operation", 3L,
            "frame-link", 1L,
            "brand-new-kind", 1L,
            "summary (of another session)", 1L),
        main.report().skipped());
    assertEquals(List.of(), main.report().unpricedModels());
  }

  @Test
  void sidechainLinesAreTheirSubAgentsSession() throws Exception {
    TranscriptSession agent = read("session.jsonl").get(1);
    assertEquals(SESSION_ID + ":agent-a7f3", agent.session().session().externalId());
    assertEquals(SESSION_ID, agent.parentExternalId());
    assertEquals("subagent", agent.session().session().type());
    assertNull(agent.session().originalId());
    List<AppendMessageCommand> messages = messages(agent);
    assertEquals(
        List.of("s1", "s2"), messages.stream().map(AppendMessageCommand::externalId).toList());
    assertEquals(new BigDecimal("0.00020000"), messages.get(1).costUsd());
  }

  @Test
  void aSubAgentsOwnFileIsThatSubAgentsSession() throws Exception {
    List<TranscriptSession> sessions = read("agent-b9e2.jsonl");
    assertEquals(1, sessions.size());
    TranscriptSession agent = sessions.get(0);
    assertEquals(SESSION_ID + ":agent-b9e2", agent.session().session().externalId());
    assertEquals(SESSION_ID, agent.parentExternalId());
    List<AppendMessageCommand> messages = messages(agent);
    assertEquals(new TokensInput(50L, 30L, 0L, 0L), messages.get(1).tokens());
    assertNull(messages.get(2).tokens());
  }

  @Test
  void aModelWithoutAPriceHasNoCostAndIsNamed() throws Exception {
    Path file = temp.resolve("priced.jsonl");
    Files.writeString(
        file,
        "{\"type\":\"assistant\",\"uuid\":\"z1\",\"sessionId\":\"s\",\"timestamp\":\"2026-11-30T10:00:00Z\","
            + "\"requestId\":\"r\",\"message\":{\"id\":\"m\",\"role\":\"assistant\",\"model\":\"claude-future-9\","
            + "\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],\"usage\":{\"input_tokens\":5,\"output_tokens\":5}}}\n");
    TranscriptSession session = read(file).get(0);
    assertEquals(List.of("claude-future-9"), session.report().unpricedModels());
    assertTrue(session.session().warnings().get(0).contains("claude-future-9"));
    AppendMessageCommand message = messages(session).get(0);
    assertEquals(new TokensInput(5L, 5L, 0L, 0L), message.tokens());
    assertNull(message.costUsd());
  }

  private List<TranscriptSession> read(String fixture) throws IOException, URISyntaxException {
    Path copy = temp.resolve(fixture);
    Files.copy(
        Path.of(getClass().getResource("/transcripts/claude-code/" + fixture).toURI()), copy);
    return read(copy);
  }

  private static List<TranscriptSession> read(Path file) {
    List<TranscriptSession> sessions = new ArrayList<>();
    try (ClaudeCodeTranscript transcript =
        ClaudeCodeTranscript.read(
            new dev.sessionvault.application.transfer.OriginalTranscript(
                "claude-code", file, 0, "x"),
            PRICES)) {
      while (transcript.hasNext()) {
        ImportItem item = transcript.next();
        sessions.add((TranscriptSession) item);
      }
    }
    return sessions;
  }

  private static List<AppendMessageCommand> messages(TranscriptSession session) {
    List<AppendMessageCommand> messages = new ArrayList<>();
    session.session().messages().forEachRemaining(m -> messages.add(m.message()));
    return messages;
  }

  private static ModelPrice price(
      String model, String input, String output, String read, String write5m, String write1h) {
    return new ModelPrice(
        model,
        new Rates(
            new BigDecimal(input),
            new BigDecimal(output),
            new BigDecimal(read),
            new BigDecimal(write5m),
            new BigDecimal(write1h)),
        null,
        null,
        "test",
        "2026-12-05");
  }
}
