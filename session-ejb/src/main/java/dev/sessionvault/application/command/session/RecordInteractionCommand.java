package dev.sessionvault.application.command.session;

import dev.sessionvault.domain.interaction.InteractionContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Records a command the assistant ran and its result. */
public record RecordInteractionCommand(
    @NotBlank @Size(max = 65_536) String command,
    @Size(max = AppendMessageCommand.MAX_CONTENT_CHARS) String result,
    Integer exitCode,
    Instant startedAt,
    Instant finishedAt) {

  public InteractionContent toDomain() {
    return new InteractionContent(command, result, exitCode, startedAt, finishedAt);
  }
}
