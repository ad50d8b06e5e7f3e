package dev.sessionvault.web.security;

import jakarta.servlet.ServletRequest;

/**
 * Why a request that carried credentials stays anonymous, noted by the authentication mechanism for
 * {@link AuthenticationRequiredFilter} to answer.
 */
record Refusal(int status, String type, String title, String detail, long retryAfterSeconds) {
  private static final String ATTRIBUTE = Refusal.class.getName();

  static final Refusal MISSING_CREDENTIALS =
      new Refusal(
          401,
          "unauthorized",
          "Unauthorized",
          "this request needs credentials: an API key (Authorization: Bearer <key>) or a username"
              + " and password (Authorization: Basic)",
          0);

  static final Refusal INVALID_CREDENTIALS =
      new Refusal(
          401,
          "unauthorized",
          "Unauthorized",
          "the credentials are not valid: unknown, revoked or expired key, wrong username or"
              + " password, or not a member of the account named in "
              + VaultAuthenticationMechanism.ACCOUNT_HEADER,
          0);

  static final Refusal CONSOLE_SIGN_IN_ENDED =
      new Refusal(
          401,
          "unauthorized",
          "Unauthorized",
          "the console sign-in has ended (signed out, expired, idle for too long, or the access it"
              + " stood for was removed): sign in again",
          0);

  static final Refusal CSRF_TOKEN_MISSING =
      new Refusal(
          403,
          "csrf-token-invalid",
          "Forbidden",
          "a change made with the console's sign-in cookie needs the "
              + ConsoleCookie.CSRF_HEADER
              + " header the sign-in answered: reload the console and try again",
          0);

  static final Refusal CROSS_SITE_CHANGE =
      new Refusal(
          403,
          "cross-site-request",
          "Forbidden",
          "the browser says another site sent this change (Sec-Fetch-Site: cross-site): changes"
              + " come from the console or from clients that are not browsers",
          0);

  static Refusal throttled(long retryAfterSeconds) {
    return new Refusal(
        429,
        "too-many-requests",
        "Too Many Requests",
        "too many failed sign-ins for this username or from this client: try again in "
            + retryAfterSeconds
            + " s",
        retryAfterSeconds);
  }

  static void note(ServletRequest request, Refusal refusal) {
    request.setAttribute(ATTRIBUTE, refusal);
  }

  /** The noted refusal, or the one for a request without credentials. */
  static Refusal of(ServletRequest request) {
    Object noted = request.getAttribute(ATTRIBUTE);
    return noted instanceof Refusal refusal ? refusal : MISSING_CREDENTIALS;
  }
}
