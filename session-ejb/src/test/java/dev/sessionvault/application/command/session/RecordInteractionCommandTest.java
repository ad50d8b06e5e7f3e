package dev.sessionvault.application.command.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.interaction.InteractionContent;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordInteractionCommandTest {
  private static RecordInteractionCommand command(String command, String result) {
    return new RecordInteractionCommand(command, result, null, null, null);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void commandMustNotBeBlank(String command) {
    assertEquals(Set.of("command @NotBlank"), Violations.of(command(command, null)));
  }

  @Test
  void commandAndResultHaveAMaximumLength() {
    assertEquals(
        Set.of(),
        Violations.of(
            command("c".repeat(65_536), "r".repeat(AppendMessageCommand.MAX_CONTENT_CHARS))));
    assertEquals(
        Set.of("command @Size", "result @Size"),
        Violations.of(
            command("c".repeat(65_537), "r".repeat(AppendMessageCommand.MAX_CONTENT_CHARS + 1))));
  }

  @Test
  void toDomainCarriesEveryMember() {
    Instant start = Instant.parse("2026-11-21T09:30:00Z");
    Instant end = start.plusSeconds(2);

    assertEquals(
        new InteractionContent("make", "ok", 2, start, end),
        new RecordInteractionCommand("make", "ok", 2, start, end).toDomain());
  }
}
