package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller is authenticated but its role (or its key's restriction) does not allow this. */
@Provider
@ApplicationScoped
public class AccessDeniedExceptionMapper implements ExceptionMapper<AccessDeniedException> {
  @Inject Denials denials;

  @Override
  public Response toResponse(AccessDeniedException e) {
    return denials.forbidden(e.getMessage());
  }
}
