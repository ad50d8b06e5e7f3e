package dev.sessionvault.domain.retention;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The trash: deleted sessions in their grace period, always within one account. */
public interface TrashRepository {
  void add(TrashedSession session);

  /**
   * The entry, its row locked until the transaction ends (a restore and a purge exclude each
   * other).
   */
  Optional<TrashedSession> findForUpdate(UUID accountId, UUID id);

  /** The account's entries, the most recently deleted first. */
  Page<TrashEntry> list(UUID accountId, PageRequest page);

  /** The account's entries whose grace period ended before {@code now}, at most {@code limit}. */
  List<UUID> expired(UUID accountId, Instant now, int limit);

  /** Removes the entry for good; false when it is not (or no longer) there. */
  boolean delete(UUID accountId, UUID id);

  void remove(TrashedSession session);
}
