package dev.sessionvault.web.api.transfer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.TokensInput;
import dev.sessionvault.application.transfer.OriginalTranscript;
import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.TranscriptSession;
import dev.sessionvault.domain.cost.ModelPrice;
import dev.sessionvault.domain.cost.PriceTable;
import dev.sessionvault.domain.cost.Rates;
import dev.sessionvault.domain.cost.Usage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Codex reader on a rollout fixture written for it, checked field by field. */
class CodexRolloutTest {
  static final String SESSION_ID = "0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
  static final String FIXTURE =
      "/transcripts/codex/rollout-2026-11-29T15-00-00-" + SESSION_ID + ".jsonl";

  /** gpt-5-codex at 1.25 / 10 / 0.125 (cached input) USD per million tokens; nothing else. */
  static final TranscriptPricing PRICES =
      new TranscriptPricing() {
        private final PriceTable table =
            new PriceTable(
                List.of(
                    new ModelPrice(
                        "gpt-5-codex",
                        new Rates(
                            new BigDecimal("1.25"),
                            new BigDecimal("10"),
                            new BigDecimal("0.125"),
                            BigDecimal.ZERO,
                            BigDecimal.ZERO),
                        null,
                        null,
                        "test",
                        "2026-12-05")));

        @Override
        public Optional<BigDecimal> cost(
            String model, long input, long output, long read, long write5m, long write1h) {
          return table.cost(model, new Usage(input, output, read, write5m + write1h, write1h));
        }
      };

  @TempDir Path temp;

  @Test
  void responseItemsAreTheConversationAndEventCopiesAreNotDoubled() throws Exception {
    List<AppendMessageCommand> messages = messages(read());
    assertEquals(
        List.of(
            "system",
            "user",
            "assistant",
            "assistant",
            "tool",
            "assistant",
            "tool",
            "assistant",
            "tool",
            "assistant",
            "assistant",
            "system"),
        messages.stream().map(AppendMessageCommand::role).toList());
    assertEquals("rollout-line:2", messages.get(0).externalId());
    assertEquals(true, messages.get(0).blocks().get(0).get("meta"));
    assertEquals(
        "The cart total is off by one cent 🛒 — fix it",
        messages.get(1).blocks().get(0).get("text"));
    assertEquals("rollout-line:2", messages.get(1).parentExternalId());
    assertEquals("**Looking at rounding**", messages.get(2).blocks().get(0).get("thinking"));
    Map<String, Object> shell = messages.get(3).blocks().get(0);
    assertEquals("tool_use", shell.get("type"));
    assertEquals("shell", shell.get("name"));
    assertEquals("call_1", shell.get("id"));
    assertEquals(List.of("rg", "total"), ((Map<?, ?>) shell.get("input")).get("command"));
    AppendMessageCommand output = messages.get(4);
    assertEquals("call_1", output.toolCallId());
    assertEquals("shell", output.toolName());
    assertEquals("cart.js:12: total = Math.floor(sum)\n", output.blocks().get(0).get("content"));
    assertEquals("apply_patch", messages.get(5).blocks().get(0).get("name"));
    assertEquals("apply_patch", messages.get(6).toolName());
    assertEquals("web_search", messages.get(9).blocks().get(0).get("name"));
    assertEquals(
        "Fixed: `Math.round` instead of `Math.floor`. ✓",
        messages.get(10).blocks().get(0).get("text"));
    assertEquals("gpt-5-codex", messages.get(10).model());
    assertEquals(true, messages.get(11).blocks().get(0).get("compactSummary"));
  }

  @Test
  void eachModelCallIsCountedOnceWithCachedInputApartAndReasoningInsideOutput() throws Exception {
    List<AppendMessageCommand> messages = messages(read());
    // the repeated token_count event adds nothing; cached input is taken out of input
    assertEquals(new TokensInput(800L, 50L, 200L, 0L), messages.get(3).tokens());
    assertEquals(new TokensInput(1500L, 120L, 1000L, 0L), messages.get(10).tokens());
    long input = 0;
    long cached = 0;
    long output = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (AppendMessageCommand message : messages) {
      if (message.tokens() != null) {
        input += message.tokens().input();
        cached += message.tokens().cacheRead();
        output += message.tokens().output();
        cost = cost.add(message.costUsd());
      }
    }
    assertEquals(3500, input + cached, "the last total_token_usage's input_tokens");
    assertEquals(1200, cached);
    assertEquals(170, output, "reasoning tokens are inside output tokens, not added again");
    // 800*1.25 + 50*10 + 200*0.125 + 1500*1.25 + 120*10 + 1000*0.125 = 4,725 millionths
    assertEquals(new BigDecimal("0.00472500"), cost);
  }

  @Test
  void theSessionComesFromSessionMetaTheModelFromTurnContextAndTodosFromThePlan() throws Exception {
    TranscriptSession rollout = read();
    var session = rollout.session().session();
    assertEquals(SESSION_ID, session.externalId());
    assertEquals(UUID.fromString(SESSION_ID), rollout.session().originalId());
    assertEquals("codex", session.agent());
    assertEquals("gpt-5-codex", session.model());
    assertEquals("/home/dev/shop", session.projectPath());
    assertEquals("fix/cart-total", session.gitBranch());
    assertNull(rollout.parentExternalId());
    @SuppressWarnings("unchecked")
    Map<String, Object> codex = (Map<String, Object>) session.metadata().get("codex");
    assertEquals("0.58.0", codex.get("cliVersion"));
    assertEquals("abc123", codex.get("gitCommit"));
    List<String> todos = new ArrayList<>();
    rollout.session().todos().forEach(t -> todos.add(t.item().content() + ":" + t.item().status()));
    assertEquals(List.of("Find the rounding:completed", "Fix and test:in_progress"), todos);
  }

  @Test
  void whatIsNotConversationIsCountedAndBrokenLinesNamed() throws Exception {
    TranscriptSession rollout = read();
    assertEquals(27, rollout.report().lines());
    assertEquals(List.of(14L), rollout.report().malformedLines());
    assertEquals(
        Map.of(
            "event_msg:user_message", 1L,
            "event_msg:agent_message", 1L,
            "event_msg:agent_reasoning", 1L,
            "event_msg:task_started", 1L,
            "event_msg:task_complete", 1L,
            "event_msg:token_count", 2L,
            "world_state", 1L,
            "inter_agent_communication", 1L,
            "something_new", 1L),
        rollout.report().skipped());
    assertTrue(rollout.report().unpricedModels().isEmpty());
  }

  @Test
  void absurdCountsStopAtTheLargestNumberInsteadOfWrappingToNegativeOnes() throws Exception {
    String max = String.valueOf(Long.MAX_VALUE);
    String session =
        "{\"timestamp\":\"2026-11-29T14:00:00Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\""
            + SESSION_ID
            + "\",\"cwd\":\"/shop\"}}\n"
            + "{\"timestamp\":\"2026-11-29T14:00:01Z\",\"type\":\"turn_context\",\"payload\":{\"model\":\"gpt-5-codex\"}}\n"
            + "{\"timestamp\":\"2026-11-29T14:00:02Z\",\"type\":\"response_item\",\"payload\":{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"ok\"}]}}\n";
    for (String output : List.of(max, "0", max)) {
      session +=
          "{\"timestamp\":\"2026-11-29T14:00:03Z\",\"type\":\"event_msg\",\"payload\":{\"type\":\"token_count\",\"info\":{\"total_token_usage\":{\"input_tokens\":0,\"output_tokens\":"
              + output
              + "}}}}\n";
    }
    Path copy = temp.resolve("absurd.jsonl");
    Files.writeString(copy, session);
    try (CodexRollout rollout =
        CodexRollout.read(new OriginalTranscript("codex", copy, 0, "x"), PRICES)) {
      List<AppendMessageCommand> messages = messages((TranscriptSession) rollout.next());
      assertEquals(Long.MAX_VALUE, messages.get(0).tokens().output());
    }
  }

  private TranscriptSession read() throws Exception {
    Path copy = temp.resolve("rollout.jsonl");
    Files.copy(Path.of(getClass().getResource(FIXTURE).toURI()), copy);
    try (CodexRollout rollout =
        CodexRollout.read(new OriginalTranscript("codex", copy, 0, "x"), PRICES)) {
      return (TranscriptSession) rollout.next();
    }
  }

  private static List<AppendMessageCommand> messages(TranscriptSession session) {
    List<AppendMessageCommand> messages = new ArrayList<>();
    session.session().messages().forEachRemaining(m -> messages.add(m.message()));
    return messages;
  }
}
