package dev.sessionvault.application.transfer;

import dev.sessionvault.application.command.session.SessionListQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Which sessions a backup holds: the ones named by {@code ids} (any reader of them), or, without
 * ids, every session the listing {@code filters} select (an admin's: a bulk export).
 */
public record BackupSelection(
    @Size(max = MAX_IDS, message = "names more than 10000 sessions; use filters")
        List<@NotNull UUID> ids,
    @NotNull @Valid SessionListQuery filters) {
  public static final int MAX_IDS = 10_000;

  public boolean byIds() {
    return ids != null && !ids.isEmpty();
  }
}
