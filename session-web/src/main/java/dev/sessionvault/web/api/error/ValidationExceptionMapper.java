package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Input that breaks a rule: 400 with every broken rule and its field path. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
  @Override
  public Response toResponse(ValidationException e) {
    return Problems.response(
        400, "validation", "The request is invalid", e.getMessage(), Map.of(), e.errors());
  }
}
