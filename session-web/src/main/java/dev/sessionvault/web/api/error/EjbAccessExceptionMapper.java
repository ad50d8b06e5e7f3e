package dev.sessionvault.web.api.error;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's {@code @RolesAllowed} refused the caller's role. */
@Provider
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Override
  public Response toResponse(EJBAccessException e) {
    return Problems.response(
        403, "forbidden", "Forbidden", "your role does not allow this operation");
  }
}
