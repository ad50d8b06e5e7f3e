package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** The audit record of a quota warning, in the account's chain, with the figures that raised it. */
@Stateless
@PermitAll
public class QuotaWarningRecord {
  @Inject AuditContext audit;

  @Audited(action = "storage.quota-warning", target = "account")
  public void raised(UUID accountId, long storageBytes, long quotaBytes) {
    audit.account(accountId);
    audit.detail("storageBytes", storageBytes);
    audit.detail("quotaBytes", quotaBytes);
  }
}
