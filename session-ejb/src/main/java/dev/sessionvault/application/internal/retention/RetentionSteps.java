package dev.sessionvault.application.internal.retention;

import dev.sessionvault.domain.retention.IdleCandidate;
import dev.sessionvault.domain.retention.PlannedDeletion;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.retention.TrashRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The steps of a retention run, each in a transaction of its own: a run over thousands of sessions
 * never holds one long transaction, and a step that fails leaves the others done.
 */
@Stateless
@PermitAll
public class RetentionSteps {
  @Inject SessionRepository sessions;
  @Inject SessionTrash trash;
  @Inject TrashRepository entries;
  @Inject RetentionRepository policies;
  @Inject QuotaWarnings warnings;

  /**
   * Moves the planned session to the trash, unless it changed since the plan was made (a message
   * arrived, it closed) or is gone: then the plan no longer holds for it and it stays.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean trash(UUID accountId, PlannedDeletion planned, Instant now) {
    return sessions
        .findForUpdate(accountId, planned.session().sessionId())
        .filter(session -> lastUsed(session).equals(planned.session().lastUsed()))
        .map(
            session -> {
              trash.trash(session, planned.reason(), now);
              return true;
            })
        .orElse(false);
  }

  /**
   * The accounts whose policies a scheduled run applies. Read here, in a transaction of its own,
   * not in the timer's: a persistence context left open there across the runs' own transactions
   * lost its connection when the timer ended (J2CA0026E in the log).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> accountsWithPolicies() {
    return policies.accounts();
  }

  /**
   * The active sessions past their idle timeout, oldest first; read as {@link
   * #accountsWithPolicies} is.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<IdleCandidate> overdueForIdle(Instant now, int limit) {
    return policies.overdueForIdle(now, limit);
  }

  /** Removes a trash entry for good; false when it is already gone. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean purge(UUID accountId, UUID entryId) {
    return entries.delete(accountId, entryId);
  }

  /** Raises or forgets the account's quota warning after a run changed what it stores. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recheckQuota(UUID accountId) {
    Long quota = policies.find(accountId).map(policy -> policy.limits().quotaBytes()).orElse(null);
    if (quota == null) {
      policies.clearQuotaWarning(accountId);
    } else {
      warnings.check(accountId, policies.usage(accountId).storageBytes(), quota);
    }
  }

  private static Instant lastUsed(Session session) {
    return session.closedAt() != null ? session.closedAt() : session.lastActivityAt();
  }
}
