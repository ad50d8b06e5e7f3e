package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.OperationsMetrics;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The quota warning: raised once when an account's storage crosses 80 % of its quota (audited, and
 * shown by GET /accounts/{id}/usage), forgotten when it is back below, so that the next crossing
 * raises it again. Runs in the caller's transaction.
 */
@ApplicationScoped
public class QuotaWarnings {
  @Inject RetentionRepository policies;
  @Inject QuotaWarningRecord record;
  @Inject OperationsMetrics metrics;

  /** Raises or forgets the warning after a reading of the account's storage. */
  public void check(UUID accountId, long storageBytes, long quotaBytes) {
    if (storageBytes >= quotaBytes * RetentionViews.WARNING_LEVEL) {
      // of concurrent writers crossing the level, only the one whose update marks it records it
      if (policies.markQuotaWarned(accountId, Timestamps.now())) {
        record.raised(accountId, storageBytes, quotaBytes);
        metrics.quotaWarningRaised();
      }
    } else {
      policies.clearQuotaWarning(accountId);
    }
  }
}
