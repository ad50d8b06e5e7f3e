package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller is authenticated but its role (or its key's restriction) does not allow this. */
@Provider
public class AccessDeniedExceptionMapper implements ExceptionMapper<AccessDeniedException> {
  @Override
  public Response toResponse(AccessDeniedException e) {
    return Problems.response(403, "forbidden", "Forbidden", e.getMessage());
  }
}
