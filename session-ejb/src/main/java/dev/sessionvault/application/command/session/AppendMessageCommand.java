package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Appends a message. {@code content} (plain text, up to 1,048,576 characters) or {@code blocks} is
 * required; when only blocks are sent, the content is derived from them. Re-sending an {@code
 * externalId} the session already holds returns the stored message and changes nothing. The role
 * travels by wire name ({@code assistant}).
 */
public record AppendMessageCommand(
    @Size(min = 1, max = 255) String externalId,
    @Size(max = 255) String parentExternalId,
    @NotNull @WireName(MessageRole.class) String role,
    @Size(max = MAX_CONTENT_CHARS) String content,
    @Size(max = 1000) List<Map<String, Object>> blocks,
    @Size(max = 200) String toolName,
    @Size(max = 255) String toolCallId,
    @Size(max = 200) String model,
    @Valid TokensInput tokens,
    @DecimalMin("0") @Digits(integer = 10, fraction = 8) BigDecimal costUsd,
    Instant timestamp) {

  /** 1 Mi characters (1,048,576) of text. */
  public static final int MAX_CONTENT_CHARS = 1_048_576;

  /** Messages per batch at most, appended in one transaction. */
  public static final int MAX_BATCH = 1000;

  public MessageContent toDomain() {
    return new MessageContent(
        externalId,
        parentExternalId,
        WireNames.parse(MessageRole.class, role).orElse(null),
        content,
        blocks,
        toolName,
        toolCallId,
        model,
        tokens == null ? null : tokens.toDomain(),
        costUsd,
        timestamp);
  }
}
