package dev.sessionvault.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person's role in one account. */
@Entity
@Table(name = "memberships")
public class Membership {
  /** The person and the account. */
  @Embeddable
  public record Key(
      @Column(name = "user_id", nullable = false, updatable = false) UUID userId,
      @Column(name = "account_id", nullable = false, updatable = false) UUID accountId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "role", nullable = false)
  private AccountRole role;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(UUID userId, UUID accountId, AccountRole role, Instant now) {
    this.key = new Key(userId, accountId);
    this.role = role;
    this.createdAt = now;
  }

  public UUID userId() {
    return key.userId();
  }

  public UUID accountId() {
    return key.accountId();
  }

  public AccountRole role() {
    return role;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void changeRole(AccountRole role) {
    this.role = role;
  }
}
