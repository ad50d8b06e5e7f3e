package dev.sessionvault.application.internal.audit;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditService;
import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.view.AuditRecordView;
import dev.sessionvault.application.view.AuditVerificationView;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.domain.audit.AuditChain;
import dev.sessionvault.domain.audit.AuditChainHead;
import dev.sessionvault.domain.audit.AuditCriteria;
import dev.sessionvault.domain.audit.AuditDetailFormat;
import dev.sessionvault.domain.audit.AuditRecord;
import dev.sessionvault.domain.audit.AuditRepository;
import dev.sessionvault.domain.audit.ChainVerifier;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.OPERATOR})
public class DefaultAuditService implements AuditService {
  /** Records read at a time while verifying a chain. */
  private static final int VERIFY_BATCH = 1000;

  @Inject CallerContext caller;
  @Inject AuditRepository audits;
  @Inject ProjectScope scope;
  @Inject AuditDetailFormat details;

  @Override
  public PageView<AuditRecordView> list(AuditQuery query) {
    return Views.page(
        audits.find(criteria(query), new PageRequest(query.page(), query.size())), this::view);
  }

  @Override
  public List<AuditRecordView> exportBatch(AuditQuery query, long afterId, int limit) {
    return audits.findAfter(criteria(query), afterId, limit).stream().map(this::view).toList();
  }

  @Override
  public AuditVerificationView verify(UUID accountId) {
    UUID account = isOperator() ? accountId : ownAccount(accountId);
    String chain = AuditChain.of(account);
    ChainVerifier verifier = new ChainVerifier(chain);
    // the chain as far as its end when the walk starts: records appended meanwhile are not checked
    AuditChainHead head = audits.head(chain).orElse(null);
    long end = head == null ? Long.MAX_VALUE : head.seq();
    long after = 0;
    boolean more = true;
    while (more) {
      List<AuditRecord> batch = audits.chainAfter(chain, after, VERIFY_BATCH);
      more = batch.size() == VERIFY_BATCH;
      for (AuditRecord record : batch) {
        if (record.seq() > end || !verifier.accept(record)) {
          more = false; // past the end, or the first broken link: the answer is known
          break;
        }
        after = record.seq();
      }
      audits.release();
    }
    ChainVerifier.Verdict verdict = verifier.finish(head);
    return new AuditVerificationView(
        account,
        verdict.recordsChecked(),
        verdict.intact(),
        verdict.brokenAtSeq(),
        verdict.problem());
  }

  /**
   * Operators read every chain, or the one they name (also of a deleted account: the trail outlives
   * it); everyone else only their account's.
   */
  private AuditCriteria criteria(AuditQuery query) {
    boolean allChains = isOperator() && query.accountId() == null;
    UUID account = isOperator() ? query.accountId() : ownAccount(query.accountId());
    return new AuditCriteria(
        allChains,
        AuditChain.of(account),
        query.actorId(),
        query.action(),
        query.targetType(),
        query.target(),
        query.outcomeFilter(),
        query.requestId(),
        query.from(),
        query.to());
  }

  private AuditRecordView view(AuditRecord record) {
    return Views.auditRecord(record, details.read(record.detail()));
  }

  private boolean isOperator() {
    return caller.identity().map(CallerIdentity::operator).orElse(false);
  }

  /** The caller's account; naming another answers as if it did not exist. */
  private UUID ownAccount(UUID requested) {
    scope.requireAccountWide("read the audit trail");
    UUID own = caller.accountId();
    if (requested != null && !requested.equals(own)) {
      throw new ResourceNotFoundException("account", requested);
    }
    return own;
  }
}
