package dev.sessionvault.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** A person who signs in with a username and a password; an operator manages accounts. */
@Entity
@Table(name = "users")
public class User {
  /** A sign-in from a known client is recorded again only after this long. */
  public static final Duration SIGN_IN_RECORD_INTERVAL = Duration.ofHours(1);

  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  /** A slow salted hash (PBKDF2), never the password. */
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "operator", nullable = false)
  private boolean operator;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Written by {@link UserRepository#recordSignIn}, which leaves the version alone. */
  @Column(name = "last_sign_in_at", insertable = false, updatable = false)
  private Instant lastSignInAt;

  @Column(name = "last_sign_in_address", insertable = false, updatable = false)
  private String lastSignInAddress;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  public User(String username, String passwordHash, boolean operator, Instant now) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.operator = operator;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean operator() {
    return operator;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /**
   * Whether a sign-in at this time from this client is worth an audit record: it comes from another
   * client than the last recorded one, or the last record is older than {@link
   * #SIGN_IN_RECORD_INTERVAL} (every Basic request signs in; recording each would drown the trail).
   */
  public boolean isNoteworthySignIn(Instant now, String clientAddress) {
    return !Objects.equals(lastSignInAddress, clientAddress)
        || lastSignInAt == null
        || !now.isBefore(lastSignInAt.plus(SIGN_IN_RECORD_INTERVAL));
  }
}
