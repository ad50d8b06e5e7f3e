package dev.sessionvault.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One link of an audit chain. Never changed after it is written: every column is insert-only, and
 * the application's database user may be denied UPDATE and DELETE on the table.
 */
@Entity
@Table(name = "audit_records")
public class AuditRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "chain", nullable = false, updatable = false)
  private String chain;

  @Column(name = "seq", nullable = false, updatable = false)
  private long seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "account_id", updatable = false)
  private UUID accountId;

  @Column(name = "actor_kind", nullable = false, updatable = false)
  private ActorKind actorKind;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "actor_role", updatable = false)
  private String actorRole;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(name = "outcome", nullable = false, updatable = false)
  private AuditOutcome outcome;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(name = "detail", nullable = false, updatable = false)
  private String detail;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  protected AuditRecord() {}

  AuditRecord(String chain, long seq, String previousHash, AuditEntry entry) {
    this.chain = chain;
    this.seq = seq;
    this.previousHash = previousHash;
    this.occurredAt = entry.occurredAt();
    this.accountId = entry.accountId();
    this.actorKind = entry.actorKind();
    this.actorId = entry.actorId();
    this.actorRole = entry.actorRole();
    this.action = entry.action();
    this.targetType = entry.targetType();
    this.targetId = entry.targetId();
    this.outcome = entry.outcome();
    this.requestId = entry.requestId();
    this.clientAddress = entry.clientAddress();
    this.detail = entry.detail();
    this.hash = AuditChain.hash(previousHash, chain, seq, entry);
  }

  /** What the record says, as stored. */
  public AuditEntry entry() {
    return new AuditEntry(
        occurredAt,
        accountId,
        actorKind,
        actorId,
        actorRole,
        action,
        targetType,
        targetId,
        outcome,
        requestId,
        clientAddress,
        detail);
  }

  /** The hash the stored fields give now; differs from {@link #hash()} once a field was altered. */
  public String recomputedHash() {
    return AuditChain.hash(previousHash, chain, seq, entry());
  }

  public Long id() {
    return id;
  }

  public String chain() {
    return chain;
  }

  public long seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public UUID accountId() {
    return accountId;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public UUID actorId() {
    return actorId;
  }

  public String actorRole() {
    return actorRole;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String requestId() {
    return requestId;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String detail() {
    return detail;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
