package dev.sessionvault.application.transfer;

import dev.sessionvault.application.view.session.SessionView;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Continues a session from an earlier point, as an assistant's "fork session" does: a new active
 * session linked to its parent, holding a copy of the conversation up to a message, the todo list
 * and the settings. The parent is not changed.
 */
public interface ForkService {
  /** Forks at message {@code atSeq}, or after the last message when it is null. */
  SessionView fork(@NotNull UUID sessionId, @Min(0) Long atSeq);
}
