package dev.sessionvault.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of one chain: the last record's number and hash. Appenders lock this row, so that the
 * records of one chain are numbered without gaps or forks, even across servers.
 */
@Entity
@Table(name = "audit_chain_heads")
public class AuditChainHead {
  @Id
  @Column(name = "chain", nullable = false, updatable = false)
  private String chain;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "hash", nullable = false)
  private String hash;

  protected AuditChainHead() {}

  /** An empty chain. */
  public AuditChainHead(String chain) {
    this.chain = chain;
    this.seq = 0;
    this.hash = AuditChain.GENESIS;
  }

  /** The next record of this chain, which becomes its end. */
  public AuditRecord append(AuditEntry entry) {
    if (!chain.equals(entry.chain())) {
      throw new IllegalArgumentException(
          "entry of chain " + entry.chain() + " appended to " + chain);
    }
    AuditRecord record = new AuditRecord(chain, seq + 1, hash, entry);
    seq = record.seq();
    hash = record.hash();
    return record;
  }

  public String chain() {
    return chain;
  }

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }
}
