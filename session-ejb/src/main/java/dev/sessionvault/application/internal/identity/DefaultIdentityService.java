package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.OperationsMetrics;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.identity.IdentityService;
import dev.sessionvault.application.identity.SignInResult;
import dev.sessionvault.application.internal.audit.AuditEntries;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.audit.AuditRepository;
import dev.sessionvault.domain.identity.ApiKey;
import dev.sessionvault.domain.identity.ApiKeyRepository;
import dev.sessionvault.domain.identity.ApiKeySecret;
import dev.sessionvault.domain.identity.Membership;
import dev.sessionvault.domain.identity.PasswordHasher;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Checks keys and passwords, and records the security events of signing in: failures (each),
 * successes from a new client (keys) or at most hourly per client (people), and throttling.
 */
@Stateless
@PermitAll
public class DefaultIdentityService implements IdentityService {
  private static final Logger LOG = Logger.getLogger(DefaultIdentityService.class.getName());

  @Inject OperationsMetrics metrics;
  @Inject ApiKeyRepository keys;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject AuditRepository audits;
  @Inject AuditEntries entries;
  @Inject AuditContext context;
  @Inject SignInThrottle throttle;
  @Inject VerifiedPasswords verifiedPasswords;

  /** Checked when the username is unknown, so that the answer takes as long as for a known one. */
  private volatile String decoyHash;

  @Override
  public SignInResult authenticateKey(String token) {
    if (!ApiKeySecret.looksLikeKey(token)) {
      signInFailed(null, null, Map.of("reason", "not-a-key"));
      return SignInResult.rejected();
    }
    Instant now = Timestamps.now();
    Optional<ApiKey> found = keys.findBySecretHash(ApiKeySecret.hashOf(token));
    if (found.isEmpty()) {
      signInFailed(null, null, Map.of("reason", "unknown-key"));
      return SignInResult.rejected();
    }
    ApiKey key = found.get();
    CallerIdentity identity =
        new CallerIdentity(
            CallerIdentity.Kind.KEY, key.id(), key.accountId(), key.role(), key.projectId(), false);
    if (!key.isUsableAt(now)) {
      signInFailed(
          identity, key.accountId(), Map.of("reason", key.isRevoked() ? "revoked" : "expired"));
      return SignInResult.rejected();
    }
    if (key.recordUse(now, context.clientAddress())) {
      audits.append(
          entries.ofSignIn(
              identity, key.accountId(), "key.new-client", AuditOutcome.SUCCESS, Map.of()));
    }
    return SignInResult.accepted(identity, key.expiresAt());
  }

  @Override
  public SignInResult authenticatePassword(String username, String password, String account) {
    String name = normalizeUsername(username);
    String userSubject = "user:" + name;
    String clientSubject = "client:" + context.clientAddress();
    long wait = throttle.waitSeconds(userSubject, clientSubject);
    if (wait > 0) {
      return SignInResult.throttled(wait);
    }
    Optional<User> found = hasNul(name) ? Optional.empty() : users.findByUsername(name);
    if (found.isEmpty()) {
      passwords.verify(password, decoyHash());
      // the name is not recorded: a password typed into the username field would land there
      passwordFailed(null, null, Map.of("reason", "unknown-user"), clientSubject);
      return SignInResult.rejected();
    }
    User user = found.get();
    List<Membership> memberships = users.memberships(user.id());
    Optional<UUID> named =
        account == null || account.isBlank() ? Optional.empty() : resolveAccount(account.strip());
    if (!passwordMatches(user, password)) {
      CallerIdentity who =
          new CallerIdentity(CallerIdentity.Kind.USER, user.id(), null, null, null, false);
      passwordFailed(
          who,
          chainOfAttempt(memberships, named),
          Map.of("reason", "wrong-password"),
          userSubject,
          clientSubject);
      return SignInResult.rejected();
    }
    Optional<Membership> acting;
    if (account == null || account.isBlank()) {
      acting = memberships.size() == 1 ? Optional.of(memberships.get(0)) : Optional.empty();
    } else {
      acting =
          memberships.stream()
              .filter(m -> named.map(id -> id.equals(m.accountId())).orElse(false))
              .findFirst();
      if (acting.isEmpty() && !user.operator()) {
        // not a member there, or no such account: the same answer
        CallerIdentity who =
            new CallerIdentity(CallerIdentity.Kind.USER, user.id(), null, null, null, false);
        signInFailed(who, null, Map.of("reason", "not-a-member"));
        return SignInResult.rejected();
      }
    }
    throttle.succeeded(userSubject, clientSubject);
    CallerIdentity identity =
        new CallerIdentity(
            CallerIdentity.Kind.USER,
            user.id(),
            acting.map(Membership::accountId).orElse(null),
            acting.map(Membership::role).orElse(null),
            null,
            user.operator());
    Instant now = Timestamps.now();
    if (user.isNoteworthySignIn(now, context.clientAddress())) {
      users.recordSignIn(user.id(), now, context.clientAddress());
      audits.append(
          entries.ofSignIn(
              identity, identity.accountId(), "login.success", AuditOutcome.SUCCESS, Map.of()));
    }
    return SignInResult.accepted(identity);
  }

  /** PBKDF2 at most once per {@link VerifiedPasswords#LIFETIME} for the same password. */
  private boolean passwordMatches(User user, String password) {
    if (verifiedPasswords.recentlyVerified(user.passwordHash(), password)) {
      return true;
    }
    if (!passwords.verify(password, user.passwordHash())) {
      return false;
    }
    verifiedPasswords.remember(user.passwordHash(), password);
    return true;
  }

  /** A failed password sign-in: counted against the person and the client, logged, recorded. */
  private void passwordFailed(
      CallerIdentity who, UUID account, Map<String, String> detail, String... subjects) {
    boolean throttled = throttle.failed(subjects);
    LOG.warning(
        () ->
            "failed sign-in from "
                + context.clientAddress()
                + (who == null ? " (unknown username)" : " for user " + who.actorId())
                + (throttled ? "; further attempts are slowed down" : ""));
    signInFailed(who, account, detail);
  }

  private void signInFailed(CallerIdentity who, UUID account, Map<String, String> detail) {
    metrics.signInFailed();
    audits.append(entries.ofSignIn(who, account, "login.failure", AuditOutcome.DENIED, detail));
  }

  /**
   * Whose audit trail a failed attempt on a known person belongs to: the account it named, else the
   * person's only account, else the deployment's.
   */
  private static UUID chainOfAttempt(List<Membership> memberships, Optional<UUID> named) {
    if (named.isPresent()
        && memberships.stream().anyMatch(m -> m.accountId().equals(named.get()))) {
      return named.get();
    }
    return memberships.size() == 1 ? memberships.get(0).accountId() : null;
  }

  /** A NUL names nothing, and PostgreSQL refuses to compare text holding one (SQLSTATE 22021). */
  private static boolean hasNul(String text) {
    return text.indexOf('\0') >= 0;
  }

  static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private Optional<UUID> resolveAccount(String account) {
    if (hasNul(account)) {
      return Optional.empty();
    }
    try {
      return accounts.find(UUID.fromString(account)).map(Account::id);
    } catch (IllegalArgumentException notAnId) {
      return accounts.findByName(account).map(Account::id);
    }
  }

  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      hash = passwords.hash(UUID.randomUUID().toString());
      decoyHash = hash;
    }
    return hash;
  }
}
