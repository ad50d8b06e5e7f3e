package dev.sessionvault.application.internal.audit;

import dev.sessionvault.domain.audit.AuditEntry;
import dev.sessionvault.domain.audit.AuditRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes audit records that must outlive the transaction they describe: failures and denials, whose
 * own transaction rolls back.
 */
@Stateless
@PermitAll
public class AuditTrail {
  @Inject AuditRepository audits;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSeparately(AuditEntry entry) {
    audits.append(entry);
  }
}
