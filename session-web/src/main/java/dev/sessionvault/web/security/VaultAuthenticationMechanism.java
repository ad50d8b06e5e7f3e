package dev.sessionvault.web.security;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.identity.ConsoleCaller;
import dev.sessionvault.application.identity.ConsoleService;
import dev.sessionvault.application.identity.IdentityService;
import dev.sessionvault.application.identity.RecentKeySignIns;
import dev.sessionvault.application.identity.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every request that carries credentials: {@code Authorization: Bearer <API key>} or
 * {@code Authorization: Basic <username:password>} (a person, acting in the account its {@value
 * #ACCOUNT_HEADER} header names, or its only account), and, without either, an API request carrying
 * the web console's sign-in cookie ({@link ConsoleCookie}; a change needs its CSRF token too).
 *
 * <p>It never refuses a request itself: it leaves the request anonymous and notes why ({@link
 * Refusal}), and {@link AuthenticationRequiredFilter} answers 401 (or 429) for the API. Refusing
 * here would hand the answer to Liberty, which replaces the challenge with its own and fails with a
 * 500 on a Basic header that is not Base64.
 */
@ApplicationScoped
public class VaultAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String ACCOUNT_HEADER = "Session-Vault-Account";
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  /**
   * The authentication type Liberty records; anything but BASIC keeps Liberty from decoding a Basic
   * header itself after the mechanism ran (where a header that is not Base64 fails with a 500).
   */
  private static final String AUTH_TYPE = "SESSION-VAULT";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject IdentityService identities;
  @Inject ConsoleService consoles;
  @Inject RecentKeySignIns recentKeys;
  @Inject AuditContext audit;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    context.getMessageInfo().getMap().put("jakarta.servlet.http.authType", AUTH_TYPE);
    audit.arrive(request.getHeader(REQUEST_ID_HEADER), request.getRemoteAddr());
    response.setHeader(REQUEST_ID_HEADER, audit.requestId());
    if (!SAFE_METHODS.contains(request.getMethod())
        && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      // a form of another site, with whatever credentials the browser holds (a remembered Basic
      // password, a cookie): never acted on
      Refusal.note(request, Refusal.CROSS_SITE_CHANGE);
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      String token = ConsoleCookie.read(request);
      return token == null || !request.getRequestURI().startsWith("/api/")
          ? context.doNothing()
          : resumeConsole(token, request, context);
    }
    SignInResult result = authenticate(authorization.strip(), request);
    if (result.throttled()) {
      Refusal.note(request, Refusal.throttled(result.retryAfterSeconds()));
      return context.doNothing();
    }
    if (result.caller().isEmpty()) {
      Refusal.note(request, Refusal.INVALID_CREDENTIALS);
      return context.doNothing();
    }
    CallerIdentity identity = result.identity();
    return context.notifyContainerAboutLogin(identity.principalName(), identity.groups());
  }

  /** A console request: admitted while its sign-in lives, a change only with its CSRF token. */
  private AuthenticationStatus resumeConsole(
      String token, HttpServletRequest request, HttpMessageContext context) {
    Optional<ConsoleCaller> resumed = consoles.resume(token);
    if (resumed.isEmpty()) {
      Refusal.note(request, Refusal.CONSOLE_SIGN_IN_ENDED);
      return context.doNothing();
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && !resumed.get().acceptsCsrfToken(request.getHeader(ConsoleCookie.CSRF_HEADER))) {
      Refusal.note(request, Refusal.CSRF_TOKEN_MISSING);
      return context.doNothing();
    }
    request.setAttribute(ConsoleCookie.TOKEN_ATTRIBUTE, token);
    CallerIdentity identity = resumed.get().identity();
    return context.notifyContainerAboutLogin(identity.principalName(), identity.groups());
  }

  private SignInResult authenticate(String authorization, HttpServletRequest request) {
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String value = space < 0 ? "" : authorization.substring(space + 1).strip();
    if ("Bearer".equalsIgnoreCase(scheme)) {
      return authenticateKey(value, request.getRemoteAddr());
    }
    if ("Basic".equalsIgnoreCase(scheme)) {
      String pair;
      try {
        pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return SignInResult.rejected();
      }
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return SignInResult.rejected();
      }
      return identities.authenticatePassword(
          pair.substring(0, colon), pair.substring(colon + 1), request.getHeader(ACCOUNT_HEADER));
    }
    return SignInResult.rejected();
  }

  /** A key that signed in from this address moments ago is not looked up again. */
  private SignInResult authenticateKey(String key, String clientAddress) {
    var recalled = recentKeys.recall(key, clientAddress);
    if (recalled.isPresent()) {
      return SignInResult.accepted(recalled.get());
    }
    long generation = recentKeys.generation();
    SignInResult result = identities.authenticateKey(key);
    result
        .caller()
        .ifPresent(
            identity ->
                recentKeys.remember(generation, key, clientAddress, identity, result.validUntil()));
    return result;
  }
}
