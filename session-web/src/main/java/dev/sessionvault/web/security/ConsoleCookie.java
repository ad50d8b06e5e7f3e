package dev.sessionvault.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * The cookie that carries a console sign-in's token: {@code HttpOnly} (no script reads it), {@code
 * SameSite=Strict} (no other site's page sends it), {@code Secure} when the request came over TLS,
 * and dropped by the browser at the sign-in's absolute expiry.
 */
public final class ConsoleCookie {
  public static final String NAME = "sessionvault_console";

  /**
   * Its name over TLS: the {@code __Host-} prefix makes the browser refuse one set by another
   * subdomain or for another path (it needs Secure, which plain HTTP cannot have).
   */
  public static final String TLS_NAME = "__Host-" + NAME;

  /** The header the console sends its CSRF token in with every change. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** Where the mechanism leaves the token of a request it admitted by the cookie. */
  static final String TOKEN_ATTRIBUTE = ConsoleCookie.class.getName() + ".token";

  private ConsoleCookie() {}

  /** The {@code Set-Cookie} value that stores the token until {@code expiresAt}. */
  public static String set(String token, Instant expiresAt, boolean secure) {
    long maxAge = Math.max(0, Duration.between(Instant.now(), expiresAt).getSeconds());
    return header(token, maxAge, secure);
  }

  /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
  public static String clear(boolean secure) {
    return header("", 0, secure);
  }

  private static String header(String value, long maxAge, boolean secure) {
    return (secure ? TLS_NAME : NAME)
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  /** The token the request's cookie carries (the {@code __Host-} one over TLS), or null. */
  public static String read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    String name = request.isSecure() ? TLS_NAME : NAME;
    for (Cookie cookie : cookies) {
      if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  /** The token of the console sign-in that admitted this request; null for other requests. */
  public static String admittedToken(HttpServletRequest request) {
    return request.getAttribute(TOKEN_ATTRIBUTE) instanceof String token ? token : null;
  }
}
