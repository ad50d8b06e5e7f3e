package dev.sessionvault.application;

import dev.sessionvault.application.command.session.ChangeStatusCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.EditSessionCommand;
import dev.sessionvault.application.command.session.SessionListQuery;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.session.SessionStateView;
import dev.sessionvault.application.view.session.SessionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The lifecycle of sessions in the caller's account: create, read, list, edit, move through the
 * status machine, delete, and read the whole restorable state. Writes that name an expected version
 * (If-Match) fail when the session changed since.
 */
public interface SessionService {
  int MAX_STATE_MESSAGES = 1000;

  SessionView create(
      @NotNull(message = "a JSON body is required") @Valid CreateSessionCommand command);

  SessionView get(@NotNull UUID id);

  PageView<SessionView> list(@NotNull @Valid SessionListQuery query);

  /**
   * Edits the editable fields with merge-patch semantics (see {@link EditSessionCommand}); the
   * result must be valid as a whole, as for a create.
   */
  SessionView patch(@NotNull UUID id, @NotNull EditSessionCommand command, OptionalLong ifMatch);

  SessionView changeStatus(
      @NotNull UUID id,
      @NotNull(message = "a JSON body is required") @Valid ChangeStatusCommand command,
      OptionalLong ifMatch);

  /** Deletes the session with its messages, todos and interactions. */
  void delete(@NotNull UUID id, OptionalLong ifMatch);

  SessionStateView state(@NotNull UUID id, @Min(0) @Max(MAX_STATE_MESSAGES) int lastMessages);
}
