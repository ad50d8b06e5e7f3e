package dev.sessionvault.application;

import java.util.Optional;

/**
 * Checks credentials for the authentication mechanism: API keys and people's passwords. Callable
 * before authentication, so it has no role requirements.
 */
public interface IdentityService {
  /**
   * The caller an API key stands for: empty unless the key exists and is neither revoked nor
   * expired. Records the use (time, client address).
   */
  Optional<CallerIdentity> authenticateKey(String token, String clientAddress);

  /**
   * The caller a username and password stand for, acting in the account named or identified by
   * {@code account} (null: the person's only account, or none for an operator); empty when the
   * password is wrong, the person unknown, or not a member of that account.
   */
  Optional<CallerIdentity> authenticatePassword(
      String username, String password, String account, String clientAddress);
}
