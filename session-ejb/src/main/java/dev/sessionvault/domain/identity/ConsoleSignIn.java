package dev.sessionvault.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.UuidGenerator;

/**
 * A sign-in to the web console: lives until it is ended (sign-out), left idle for longer than the
 * idle timeout, or reaches its absolute expiry. Only the hash of its token is kept ({@link
 * ConsoleToken}).
 */
@Entity
@Table(name = "console_sign_ins")
// a sign-out writes ended_at alone and a switch the principal alone: neither brings back what the
// other (or a request noting its time, ConsoleSignInRepository.seen) wrote meanwhile
@DynamicUpdate
public class ConsoleSignIn {
  /** How exact "last seen" is: a busy console does not write on every request. */
  public static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

  @Id
  @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
  private UUID id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "principal", nullable = false)
  private String principal;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ConsoleSignIn() {}

  public ConsoleSignIn(ConsoleToken token, String principal, Instant now, Duration lifetime) {
    this.tokenHash = token.hash();
    this.principal = principal;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public UUID id() {
    return id;
  }

  public String principal() {
    return principal;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether it still admits requests: not ended, not past its expiry, not idle for too long. */
  public boolean isLiveAt(Instant now, Duration idleTimeout) {
    return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  /** Whether a request at this time should be noted (at most once per precision). */
  public boolean isWorthNoting(Instant now) {
    return !now.isBefore(lastSeenAt.plus(LAST_SEEN_PRECISION));
  }

  /** Acts from now on in another account (the principal names the account). */
  public void actAs(String principal) {
    this.principal = principal;
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }
}
