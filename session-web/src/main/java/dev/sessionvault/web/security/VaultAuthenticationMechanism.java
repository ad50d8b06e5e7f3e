package dev.sessionvault.web.security;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.IdentityService;
import dev.sessionvault.web.api.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates every request that carries credentials: {@code Authorization: Bearer <API key>} or
 * {@code Authorization: Basic <username:password>} (a person, acting in the account its {@value
 * #ACCOUNT_HEADER} header names, or its only account). A protected request without valid
 * credentials gets 401 with {@code WWW-Authenticate} and a problem document.
 */
@ApplicationScoped
public class VaultAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String ACCOUNT_HEADER = "Session-Vault-Account";
  static final String CHALLENGE = "Bearer realm=\"Session Vault\", Basic realm=\"Session Vault\"";

  @Inject IdentityService identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return context.isProtected()
          ? unauthorized(
              response,
              "this request needs credentials: an API key (Authorization:"
                  + " Bearer <key>) or a username and password (Authorization: Basic)")
          : context.doNothing();
    }
    Optional<CallerIdentity> identity = authenticate(authorization.strip(), request);
    if (identity.isEmpty()) {
      return unauthorized(
          response,
          "the credentials are not valid: unknown, revoked or expired key, wrong username or"
              + " password, or not a member of the account named in "
              + ACCOUNT_HEADER);
    }
    return context.notifyContainerAboutLogin(
        identity.get().principalName(), identity.get().groups());
  }

  private Optional<CallerIdentity> authenticate(String authorization, HttpServletRequest request) {
    String client = request.getRemoteAddr();
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String value = space < 0 ? "" : authorization.substring(space + 1).strip();
    if ("Bearer".equalsIgnoreCase(scheme)) {
      return identities.authenticateKey(value, client);
    }
    if ("Basic".equalsIgnoreCase(scheme)) {
      String pair;
      try {
        pair = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
      int colon = pair.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return identities.authenticatePassword(
          pair.substring(0, colon),
          pair.substring(colon + 1),
          request.getHeader(ACCOUNT_HEADER),
          client);
    }
    return Optional.empty();
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", CHALLENGE);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              (String) Problems.response(401, "unauthorized", "Unauthorized", detail).getEntity());
    } catch (IOException e) {
      // the client went away; the status is set
    }
    // SEND_CONTINUE: the challenge is written. With SEND_FAILURE Liberty falls over to its own
    // Basic
    // authentication, which fails with a NullPointerException (500) on a Basic header that is not
    // Base64.
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
