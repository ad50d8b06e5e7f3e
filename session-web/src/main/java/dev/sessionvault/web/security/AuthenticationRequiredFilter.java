package dev.sessionvault.web.security;

import dev.sessionvault.web.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Nothing under /api is served to an anonymous caller: it gets 401 with a {@code WWW-Authenticate}
 * challenge naming both ways to sign in (or 429 with {@code Retry-After} while its sign-ins are
 * throttled), as a problem document.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AuthenticationRequiredFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CHALLENGE =
      "Bearer realm=\"Session Vault\", Basic realm=\"Session Vault\", charset=\"UTF-8\"";

  /**
   * For the console's own requests (they say so in {@code X-Requested-With}) and a browser with its
   * cookie (an export link after the sign-in ended): a Basic challenge would make the browser open
   * its own password dialog, and then send the password it remembers with any site's forms.
   */
  static final String CONSOLE_CHALLENGE = "Bearer realm=\"Session Vault\"";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    Refusal refusal = Refusal.of(request);
    response.setStatus(refusal.status());
    if (refusal.status() == 401) {
      response.setHeader(
          "WWW-Authenticate",
          request.getHeader("X-Requested-With") == null && ConsoleCookie.read(request) == null
              ? CHALLENGE
              : CONSOLE_CHALLENGE);
    }
    if (refusal.retryAfterSeconds() > 0) {
      response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body =
        (String)
            Problems.response(refusal.status(), refusal.type(), refusal.title(), refusal.detail())
                .getEntity();
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
