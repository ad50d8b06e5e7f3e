package dev.sessionvault.application.internal.audit;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.identity.SecurityEventService;
import dev.sessionvault.domain.audit.AuditOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;

@Stateless
@PermitAll
public class DefaultSecurityEventService implements SecurityEventService {
  @Inject AuditEntries entries;
  @Inject AuditContext context;
  @Inject AuditTrail trail;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void accessDenied(String method, String path) {
    if (context.denialRecorded()) {
      return;
    }
    trail.recordSeparately(
        entries.ofCaller(
            "access.denied", "endpoint", method + " " + path, AuditOutcome.DENIED, Map.of()));
    context.markDenialRecorded();
  }
}
