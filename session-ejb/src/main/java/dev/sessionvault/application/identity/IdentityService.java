package dev.sessionvault.application.identity;

import dev.sessionvault.application.audit.AuditContext;

/**
 * Checks credentials for the authentication mechanism: API keys and people's passwords. Callable
 * before authentication, so it has no role requirements. Both record their security events in the
 * audit trail; the client address and request id come from the {@link AuditContext}.
 */
public interface IdentityService {
  /**
   * The caller an API key stands for: rejected unless the key exists and is neither revoked nor
   * expired. Records the use (time, client address).
   */
  SignInResult authenticateKey(String token);

  /**
   * The caller a username and password stand for, acting in the account named or identified by
   * {@code account} (null: the person's only account, or none for an operator); rejected when the
   * password is wrong, the person unknown, or not a member of that account; throttled after
   * repeated failures for the same person or from the same client.
   */
  SignInResult authenticatePassword(String username, String password, String account);
}
