package dev.sessionvault.application.internal;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.IdentityService;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
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
import java.util.Optional;
import java.util.UUID;

@Stateless
@PermitAll
public class DefaultIdentityService implements IdentityService {
  @Inject ApiKeyRepository keys;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;

  /** Checked when the username is unknown, so that the answer takes as long as for a known one. */
  private volatile String decoyHash;

  @Override
  public Optional<CallerIdentity> authenticateKey(String token, String clientAddress) {
    if (!ApiKeySecret.looksLikeKey(token)) {
      return Optional.empty();
    }
    Instant now = Timestamps.now();
    Optional<ApiKey> found =
        keys.findBySecretHash(ApiKeySecret.hashOf(token)).filter(key -> key.isUsableAt(now));
    found.ifPresent(key -> key.recordUse(now, clientAddress));
    return found.map(
        key ->
            new CallerIdentity(
                CallerIdentity.Kind.KEY,
                key.id(),
                key.accountId(),
                key.role(),
                key.projectId(),
                false));
  }

  @Override
  public Optional<CallerIdentity> authenticatePassword(
      String username, String password, String account, String clientAddress) {
    Optional<User> found = users.findByUsername(normalizeUsername(username));
    if (found.isEmpty()) {
      passwords.verify(password, decoyHash());
      return Optional.empty();
    }
    User user = found.get();
    if (!passwords.verify(password, user.passwordHash())) {
      return Optional.empty();
    }
    List<Membership> memberships = users.memberships(user.id());
    Optional<Membership> acting;
    if (account == null || account.isBlank()) {
      acting = memberships.size() == 1 ? Optional.of(memberships.get(0)) : Optional.empty();
    } else {
      Optional<UUID> accountId = resolveAccount(account.strip());
      acting =
          memberships.stream()
              .filter(m -> accountId.map(id -> id.equals(m.accountId())).orElse(false))
              .findFirst();
      if (acting.isEmpty() && !user.operator()) {
        return Optional.empty(); // not a member there (or no such account: the same answer)
      }
    }
    return Optional.of(
        new CallerIdentity(
            CallerIdentity.Kind.USER,
            user.id(),
            acting.map(Membership::accountId).orElse(null),
            acting.map(Membership::role).orElse(null),
            null,
            user.operator()));
  }

  static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private Optional<UUID> resolveAccount(String account) {
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
