package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.domain.retention.IdleCandidate;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.SessionCopy;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.session.SessionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves one active session that went quiet for its idle timeout to idle, in a transaction of its
 * own, audited as the system's action; the next message makes it active again.
 */
@Stateless
@PermitAll
public class AutoIdle {
  @Inject SessionRepository sessions;
  @Inject ConversationIndex index;
  @Inject AuditContext audit;

  /** False when the session changed meanwhile (a message arrived, it closed) or is gone. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Audited(action = "session.idle", target = "session")
  public boolean idle(IdleCandidate candidate, Instant now) {
    audit.account(candidate.accountId());
    audit.target(candidate.sessionId());
    Optional<Session> found =
        sessions
            .findForUpdate(candidate.accountId(), candidate.sessionId())
            .filter(session -> session.status() == SessionStatus.ACTIVE)
            .filter(session -> session.lastActivityAt().equals(candidate.lastActivityAt()));
    if (found.isEmpty()) {
      audit.detail("skipped", "changed since it was found idle");
      return false;
    }
    Session session = found.get();
    SessionCopy before = index.copyOf(session);
    session.moveTo(SessionStatus.IDLE, null, now);
    sessions.flush();
    index.editDone(session, before);
    audit.detail("idleMinutes", candidate.timeoutMinutes());
    return true;
  }
}
