package dev.sessionvault.web.api.error;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service's {@code @RolesAllowed} refused the caller's role. */
@Provider
@ApplicationScoped
public class EjbAccessExceptionMapper implements ExceptionMapper<EJBAccessException> {
  @Inject Denials denials;

  @Override
  public Response toResponse(EJBAccessException e) {
    return denials.forbidden("your role does not allow this operation");
  }
}
