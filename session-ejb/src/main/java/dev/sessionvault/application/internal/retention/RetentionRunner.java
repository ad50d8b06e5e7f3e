package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.OperationsMetrics;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.view.retention.RetentionOutcomeView;
import dev.sessionvault.domain.retention.PlannedDeletion;
import dev.sessionvault.domain.retention.RetentionPlan;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.retention.TrashRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies an account's policy: plans what it deletes, moves each of those sessions to the trash (a
 * transaction each), and purges the trash entries whose grace period ended. Called by an admin
 * (POST /retention/run) and nightly by the timer for every account; audited once per run with its
 * counts.
 */
@Stateless
@PermitAll
public class RetentionRunner {
  /** Trash entries purged per query. */
  private static final int PURGE_BATCH = 200;

  @Inject RetentionRepository policies;
  @Inject TrashRepository trash;
  @Inject RetentionSteps steps;
  @Inject StorageQuotas quotas;
  @Inject AuditContext audit;
  @Inject Clock clock;
  @Inject OperationsMetrics metrics;

  /** What the policy deletes at {@code now}. */
  public List<PlannedDeletion> plan(RetentionPolicy policy, Instant now) {
    if (!policy.deletesAnything()) {
      return List.of();
    }
    return RetentionPlan.of(
        policy, policies.candidates(policy.accountId(), policy.exemptTags()), now);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited(action = "retention.run", target = "account")
  public RetentionOutcomeView run(UUID accountId) {
    audit.account(accountId);
    audit.target(accountId);
    Instant now = Timestamps.normalize(clock.instant());
    RetentionPolicy policy =
        policies
            .find(accountId)
            .orElseThrow(() -> new ResourceNotFoundException("account", accountId));
    List<PlannedDeletion> done = new ArrayList<>();
    for (PlannedDeletion deletion : plan(policy, now)) {
      if (steps.trash(accountId, deletion, now)) {
        done.add(deletion);
      }
    }
    long purged = purgeExpired(accountId, now);
    steps.recheckQuota(accountId);
    quotas.forget(accountId);
    Map<String, Long> byReason = new TreeMap<>();
    done.forEach(d -> byReason.merge(WireNames.of(d.reason()), 1L, Long::sum));
    byReason.forEach(metrics::retentionDeleted);
    RetentionOutcomeView outcome = RetentionViews.outcome(now, true, done, purged);
    audit.detail("trashed", outcome.totalSessions());
    audit.detail("messages", outcome.totalMessages());
    audit.detail("storageBytes", outcome.totalStorageBytes());
    audit.detail("byReason", byReason);
    audit.detail("purged", purged);
    return outcome;
  }

  private long purgeExpired(UUID accountId, Instant now) {
    long purged = 0;
    while (true) {
      List<UUID> expired = trash.expired(accountId, now, PURGE_BATCH);
      long before = purged;
      for (UUID entry : expired) {
        if (steps.purge(accountId, entry)) {
          purged++;
        }
      }
      if (expired.size() < PURGE_BATCH || purged == before) {
        return purged;
      }
    }
  }
}
