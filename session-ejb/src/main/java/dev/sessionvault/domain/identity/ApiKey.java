package dev.sessionvault.domain.identity;

import dev.sessionvault.domain.shared.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A revocable credential of an integration, in one account with one role, optionally limited to one
 * project and to a time. Only the hash of its secret is kept ({@link ApiKeySecret}).
 */
@Entity
@Table(name = "api_keys")
public class ApiKey {
  /** How exact "last used" is. */
  public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "prefix", nullable = false, updatable = false)
  private String prefix;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  private String secretHash;

  @Column(name = "role", nullable = false, updatable = false)
  private AccountRole role;

  @Column(name = "project_id", updatable = false)
  private UUID projectId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_address")
  private String lastUsedAddress;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(
      UUID accountId,
      String name,
      ApiKeySecret secret,
      AccountRole role,
      UUID projectId,
      Instant expiresAt,
      String createdBy,
      Instant now) {
    this.accountId = accountId;
    this.name = name;
    this.prefix = secret.prefix();
    this.secretHash = secret.hash();
    this.role = role;
    this.projectId = projectId;
    this.expiresAt = Timestamps.normalize(expiresAt);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Whether the key may be used at this time: not revoked, not expired. */
  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /**
   * Records a use; true when the client address is not the one the key was last used from. The time
   * moves in steps of {@link #LAST_USE_PRECISION}, so that a busy key is not written on every
   * request.
   */
  public boolean recordUse(Instant now, String clientAddress) {
    boolean newClient = !Objects.equals(lastUsedAddress, clientAddress);
    if (newClient || lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_PRECISION))) {
      lastUsedAt = now;
      lastUsedAddress = clientAddress;
    }
    return newClient;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public AccountRole role() {
    return role;
  }

  public UUID projectId() {
    return projectId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
