package dev.sessionvault.domain.retention;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Retention policies, and what retention reads of the sessions they govern. */
public interface RetentionRepository {
  Optional<RetentionPolicy> find(UUID accountId);

  /** The policy, its row locked until the transaction ends. */
  Optional<RetentionPolicy> findForUpdate(UUID accountId);

  void add(RetentionPolicy policy);

  /** Writes pending changes now, so that the policy's version (its ETag) reflects them. */
  void flush();

  /** Every session of the account as retention sees it; {@code exemptTags} exempt a session. */
  List<RetentionCandidate> candidates(UUID accountId, Collection<String> exemptTags);

  /** What the account stores now, its trash included. */
  StorageUsage usage(UUID accountId);

  /** What every account together stores now. */
  StorageUsage total();

  /** Notes that the account crossed its quota's warning level; false when already noted. */
  boolean markQuotaWarned(UUID accountId, Instant now);

  /** Forgets the warning once the account is back below the level; false when none was noted. */
  boolean clearQuotaWarning(UUID accountId);

  /** What every account stores, as its quota counts it, by account name. */
  Map<String, Long> storageByAccountName();

  /** Every account (each has a policy). */
  List<UUID> accounts();

  /**
   * Active sessions whose idle timeout passed before {@code now}, the longest idle first, at most
   * {@code limit}.
   */
  List<IdleCandidate> overdueForIdle(Instant now, int limit);
}
