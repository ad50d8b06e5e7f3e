package dev.sessionvault.application;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.view.session.AppendResult;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SeqPageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The conversation of a session: messages appended in one transaction per call, numbered gaplessly
 * by the server, idempotent by external id, read back in order.
 */
public interface ConversationService {
  int MAX_PAGE = 1000;

  AppendResult append(
      @NotNull UUID sessionId,
      @NotEmpty(message = "must hold at least one message")
          @Size(max = AppendMessageCommand.MAX_BATCH, message = "holds more than 1000 messages")
          List<@NotNull @Valid AppendMessageCommand> messages);

  /** Appends a single message; errors name its fields without an index. */
  AppendResult appendOne(
      @NotNull UUID sessionId,
      @NotNull(message = "a JSON body is required") @Valid AppendMessageCommand message);

  SeqPageView<MessageView> messages(
      @NotNull UUID sessionId, @Min(0) long afterSeq, @Min(1) @Max(MAX_PAGE) int limit);

  MessageView message(@NotNull UUID sessionId, long seq);
}
