package dev.sessionvault.application.internal.retention;

import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.retention.StorageQuotaExceededException;
import dev.sessionvault.domain.retention.StorageUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each account's storage against its quota, as the write path checks it: read from the database
 * (sums over the account's sessions, which keep their own content bytes as parts arrive) at most
 * every few seconds per account, so a burst of writes costs one query, not one each. A burst can
 * therefore pass the quota by what arrives within those seconds.
 */
@ApplicationScoped
public class StorageQuotas {
  @Inject RetentionRepository policies;
  @Inject QuotaWarnings warnings;

  @Inject
  @ConfigProperty(name = "sessionvault.quota.recheck.seconds", defaultValue = "5")
  long recheckSeconds;

  private final Map<UUID, Reading> readings = new ConcurrentHashMap<>();

  private record Reading(long atNanos, long storageBytes, Long quotaBytes) {}

  /**
   * Refuses new content at the quota; notes (and audits) the crossing of the warning level, and
   * forgets it once usage is back below.
   */
  public void requireRoom(UUID accountId) {
    Reading reading = readings.get(accountId);
    long now = System.nanoTime();
    if (reading == null || now - reading.atNanos() > recheckSeconds * 1_000_000_000L) {
      reading = read(accountId, now);
      readings.put(accountId, reading);
    }
    if (reading.quotaBytes() != null && reading.storageBytes() >= reading.quotaBytes()) {
      throw new StorageQuotaExceededException(reading.storageBytes(), reading.quotaBytes());
    }
  }

  /** Reads the account afresh on its next write (its policy or its sessions changed in bulk). */
  public void forget(UUID accountId) {
    readings.remove(accountId);
  }

  private Reading read(UUID accountId, long now) {
    Long quota =
        policies.find(accountId).map(RetentionPolicy::limits).map(l -> l.quotaBytes()).orElse(null);
    if (quota == null) {
      return new Reading(now, 0, null);
    }
    StorageUsage usage = policies.usage(accountId);
    warnings.check(accountId, usage.storageBytes(), quota);
    return new Reading(now, usage.storageBytes(), quota);
  }
}
