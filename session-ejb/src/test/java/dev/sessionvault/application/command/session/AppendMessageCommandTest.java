package dev.sessionvault.application.command.session;

import static dev.sessionvault.application.command.RecordCopies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.shared.TokenCounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppendMessageCommandTest {
  private static final AppendMessageCommand USER_TEXT =
      new AppendMessageCommand(
          null, null, "user", "hello", null, null, null, null, null, null, null);

  @Test
  void roleAndContentSuffice() {
    assertEquals(Set.of(), Violations.of(USER_TEXT));
  }

  @Test
  void roleIsRequired() {
    assertEquals(Set.of("role @NotNull"), Violations.of(with(USER_TEXT, "role", null)));
  }

  @Test
  void roleMustBeAWireName() {
    assertEquals(Set.of("role @WireName"), Violations.of(with(USER_TEXT, "role", "USER")));
  }

  @Test
  void contentIsAtMostOneMebiChars() {
    assertEquals(1_048_576, AppendMessageCommand.MAX_CONTENT_CHARS);
    assertEquals(Set.of(), Violations.of(with(USER_TEXT, "content", "x".repeat(1_048_576))));
    assertEquals(
        Set.of("content @Size"), Violations.of(with(USER_TEXT, "content", "x".repeat(1_048_577))));
  }

  @ParameterizedTest(name = "{0} up to {1}")
  @CsvSource({
    "externalId, 255",
    "parentExternalId, 255",
    "toolName, 200",
    "toolCallId, 255",
    "model, 200",
  })
  void textMembersHaveAMaximumLength(String member, int max) {
    assertEquals(Set.of(), Violations.of(with(USER_TEXT, member, "x".repeat(max))));
    assertEquals(
        Set.of(member + " @Size"), Violations.of(with(USER_TEXT, member, "x".repeat(max + 1))));
  }

  @Test
  void externalIdIsNotEmpty() {
    assertEquals(Set.of("externalId @Size"), Violations.of(with(USER_TEXT, "externalId", "")));
  }

  @Test
  void atMost1000Blocks() {
    Map<String, Object> text = Map.of("type", "text", "text", "x");
    assertEquals(
        Set.of(), Violations.of(with(USER_TEXT, "blocks", Collections.nCopies(1000, text))));
    assertEquals(
        Set.of("blocks @Size"),
        Violations.of(with(USER_TEXT, "blocks", Collections.nCopies(1001, text))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00000001", "0.12345678", "9999999999.99999999", "1.50"})
  void acceptsNonNegativeCostsWithUpTo8Decimals(BigDecimal cost) {
    assertEquals(Set.of(), Violations.of(with(USER_TEXT, "costUsd", cost)));
  }

  @ParameterizedTest
  @CsvSource({
    "-0.00000001, costUsd @DecimalMin",
    "-1, costUsd @DecimalMin",
    "0.123456789, costUsd @Digits",
    "10000000000, costUsd @Digits",
  })
  void rejectsNegativeOrOverPreciseCosts(BigDecimal cost, String violation) {
    assertEquals(Set.of(violation), Violations.of(with(USER_TEXT, "costUsd", cost)));
  }

  @Test
  void tokenCountsAreNotNegative() {
    AppendMessageCommand command = with(USER_TEXT, "tokens", new TokensInput(-1L, -2L, -3L, -4L));

    assertEquals(
        Set.of(
            "tokens.cacheRead @PositiveOrZero",
            "tokens.cacheWrite @PositiveOrZero",
            "tokens.input @PositiveOrZero",
            "tokens.output @PositiveOrZero"),
        Violations.of(command));
  }

  @Test
  void zeroTokensAreFine() {
    assertEquals(
        Set.of(), Violations.of(with(USER_TEXT, "tokens", new TokensInput(0L, 0L, 0L, 0L))));
  }

  @Test
  void missingTokenCountsBecomeZero() {
    assertEquals(new TokenCounts(5, 0, 0, 7), new TokensInput(5L, null, null, 7L).toDomain());
  }

  @Test
  void toDomainCarriesEveryMember() {
    Instant at = Instant.parse("2026-11-21T09:30:00Z");
    List<Map<String, Object>> blocks = List.of(Map.of("type", "text", "text", "hi"));
    AppendMessageCommand command =
        new AppendMessageCommand(
            "m-2",
            "m-1",
            "assistant",
            null,
            blocks,
            "Bash",
            "t1",
            "opus",
            new TokensInput(1L, 2L, 3L, 4L),
            new BigDecimal("0.5"),
            at);

    MessageContent content = command.toDomain();

    assertEquals(
        new MessageContent(
            "m-2",
            "m-1",
            MessageRole.ASSISTANT,
            null,
            blocks,
            "Bash",
            "t1",
            "opus",
            new TokenCounts(1, 2, 3, 4),
            new BigDecimal("0.5"),
            at),
        content);
    assertNull(USER_TEXT.toDomain().tokens(), "absent usage stays absent");
  }
}
