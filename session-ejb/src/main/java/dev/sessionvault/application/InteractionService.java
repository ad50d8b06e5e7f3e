package dev.sessionvault.application;

import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.SeqPageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Command/result pairs of a session, numbered in the order they are recorded. */
public interface InteractionService {
  int MAX_PAGE = 1000;

  InteractionView record(
      @NotNull UUID sessionId,
      @NotNull(message = "a JSON body is required") @Valid RecordInteractionCommand command);

  SeqPageView<InteractionView> list(
      @NotNull UUID sessionId, @Min(0) long afterSeq, @Min(1) @Max(MAX_PAGE) int limit);
}
