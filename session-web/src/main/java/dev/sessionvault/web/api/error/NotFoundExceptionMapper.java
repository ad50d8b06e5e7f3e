package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.ResourceNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A resource that does not exist in the caller's account (whether or not another account has it).
 */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<ResourceNotFoundException> {
  @Override
  public Response toResponse(ResourceNotFoundException e) {
    return Problems.response(404, "not-found", "Not found", e.getMessage());
  }
}
