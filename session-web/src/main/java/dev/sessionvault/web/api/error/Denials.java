package dev.sessionvault.web.api.error;

import dev.sessionvault.application.identity.SecurityEventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/** A refused request: recorded in the audit trail (once), answered 403. */
@ApplicationScoped
public class Denials {
  @Inject SecurityEventService securityEvents;
  @Inject HttpServletRequest request;

  Response forbidden(String detail) {
    securityEvents.accessDenied(request.getMethod(), request.getRequestURI());
    return Problems.response(403, "forbidden", "Forbidden", detail);
  }
}
