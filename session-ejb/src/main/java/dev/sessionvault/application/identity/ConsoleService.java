package dev.sessionvault.application.identity;

import dev.sessionvault.application.view.identity.ConsoleSessionView;
import dev.sessionvault.application.view.identity.ConsoleStart;
import dev.sessionvault.application.view.identity.WhoAmIView;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-ins of the web console. The console signs in once with a password or an API key (checked by
 * the authentication mechanism like any request) and then carries a token in a cookie; every
 * request checks the sign-in again, and the person's or key's current role, so that a removed
 * member or a revoked key stops at once.
 */
public interface ConsoleService {
  /** Starts a console sign-in for the authenticated caller: the token goes into the cookie. */
  ConsoleStart signIn();

  /**
   * Who the console sign-in with this token acts as now; empty when the token is unknown, ended,
   * expired or idle for too long, or the person or key lost its access. Callable before
   * authentication (the mechanism calls it).
   */
  Optional<ConsoleCaller> resume(String token);

  /** Ends the sign-in with this token on the server (nothing when there is none). */
  void signOut(String token);

  /** Acts from now on in another account the signed-in person is a member of. */
  ConsoleSessionView switchAccount(String token, @NotNull UUID accountId);

  /** The caller, its account and role, and every account it may act in. */
  WhoAmIView whoAmI();

  /** The CSRF token and expiry of the console sign-in with this token. */
  ConsoleSessionView session(String token);
}
