package dev.sessionvault.application.internal.audit;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.domain.audit.AuditEntry;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.audit.AuditRepository;
import dev.sessionvault.domain.shared.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the audit record of every {@link Audited} service method, once, for all services. A
 * success is recorded in the method's own transaction (so a change and its record commit or roll
 * back together); a failure or denial in a transaction of its own. Bound to every session bean in
 * ejb-jar.xml, ahead of parameter validation, so that invalid calls are recorded too.
 */
public class AuditInterceptor {
  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

  @Inject AuditContext context;
  @Inject AuditEntries entries;
  @Inject AuditRepository audits;
  @Inject AuditTrail trail;
  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    Audited audited = invocation.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      return invocation.proceed();
    }
    context.startOperation();
    Object result;
    try {
      result = invocation.proceed();
    } catch (Exception e) {
      recordFailure(audited, invocation, e);
      throw e;
    }
    AuditEntry success =
        entries.ofCaller(
            audited.action(),
            audited.target(),
            targetId(audited, invocation, result),
            AuditOutcome.SUCCESS,
            context.details());
    int status = transactions.getTransactionStatus();
    if (status == Status.STATUS_ACTIVE) {
      audits.append(success);
    } else if (status == Status.STATUS_NO_TRANSACTION) {
      // an operation that runs outside a transaction (the index rebuild starts its own threads)
      trail.recordSeparately(success);
    }
    // otherwise the transaction is marked for rollback: no change, so no record of one
    return result;
  }

  private void recordFailure(Audited audited, InvocationContext invocation, Exception failure) {
    boolean denied =
        failure instanceof AccessDeniedException || failure instanceof EJBAccessException;
    try {
      trail.recordSeparately(
          entries.ofCaller(
              audited.action(),
              audited.target(),
              targetId(audited, invocation, null),
              denied ? AuditOutcome.DENIED : AuditOutcome.FAILED,
              Map.of("error", errorName(failure))));
      if (denied) {
        context.markDenialRecorded();
      }
    } catch (RuntimeException e) {
      // the caller must learn why its call failed, not that its record could not be written
      LOG.log(Level.SEVERE, "could not record the failure of " + audited.action(), e);
    }
  }

  /** The explicit target, else the result's id, else the target parameter (the first UUID one). */
  private String targetId(Audited audited, InvocationContext invocation, Object result) {
    if (context.targetId() != null) {
      return context.targetId();
    }
    if (result != null) {
      UUID id = idOf(result);
      if (id != null) {
        return id.toString();
      }
    }
    Object[] parameters = invocation.getParameters();
    if (audited.targetParameter() >= 0) {
      Object parameter = parameters[audited.targetParameter()];
      return parameter == null ? null : parameter.toString();
    }
    for (Object parameter : parameters) {
      if (parameter instanceof UUID id) {
        return id.toString();
      }
    }
    return null;
  }

  private static UUID idOf(Object result) {
    try {
      Method id = result.getClass().getMethod("id");
      return id.getReturnType() == UUID.class ? (UUID) id.invoke(result) : null;
    } catch (ReflectiveOperationException noId) {
      return null;
    }
  }

  /** {@code IllegalStatusTransitionException} becomes {@code illegal-status-transition}. */
  static String errorName(Throwable failure) {
    String name = failure.getClass().getSimpleName().replaceFirst("Exception$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
