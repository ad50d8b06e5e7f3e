package dev.sessionvault.domain.audit;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The audit records: appended, read, never changed. */
public interface AuditRepository {
  /**
   * Appends the entry to its chain, in the current transaction, holding the chain's head locked
   * until the transaction ends.
   */
  AuditRecord append(AuditEntry entry);

  /** Starts an empty chain (for a new account); no-op when it exists. */
  void openChain(String chain);

  /** Newest first. */
  Page<AuditRecord> find(AuditCriteria criteria, PageRequest page);

  /** Up to {@code limit} records with an id above {@code afterId}, oldest first (exports). */
  List<AuditRecord> findAfter(AuditCriteria criteria, long afterId, int limit);

  /** Up to {@code limit} records of one chain from number {@code afterSeq + 1} on, in order. */
  List<AuditRecord> chainAfter(String chain, long afterSeq, int limit);

  Optional<AuditChainHead> head(String chain);

  /** Forgets the records read so far, so that a long walk does not hold them all. */
  void release();
}
