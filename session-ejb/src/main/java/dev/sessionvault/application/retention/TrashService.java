package dev.sessionvault.application.retention;

import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.retention.TrashEntryView;
import dev.sessionvault.application.view.session.SessionView;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.UUID;

/**
 * The caller's account's trash (admins): deleted sessions during their grace period. A restore
 * reads the entry's document (the web layer parses it, as it parses every import) and hands it
 * back.
 */
public interface TrashService {
  int MAX_PAGE_SIZE = 200;

  PageView<TrashEntryView> list(int page, int size);

  /** The entry's canonical document, uncompressed. */
  InputStream document(@NotNull UUID entryId);

  /**
   * Brings the session back with its messages, todos, interactions, kept transcript and search
   * hits, under its id, and removes the entry.
   *
   * @throws dev.sessionvault.domain.shared.ConflictException when a session now holds its id or its
   *     externalId
   */
  SessionView restore(@NotNull UUID entryId, @NotNull ImportedSession session);

  /** Removes the entry for good now. */
  void purge(@NotNull UUID entryId);
}
