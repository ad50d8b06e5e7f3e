package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.session.IllegalStatusTransitionException;
import dev.sessionvault.domain.session.SessionClosedException;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Requests that conflict with the current state: 409, with what the client can act on (the current
 * status and the allowed targets of an illegal transition, the id of an existing duplicate).
 */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
  @Override
  public Response toResponse(ConflictException e) {
    String type =
        e instanceof IllegalStatusTransitionException
            ? "illegal-transition"
            : e instanceof SessionClosedException
                ? "session-closed"
                : e instanceof AlreadyExistsException ? "already-exists" : "conflict";
    return Problems.response(409, type, "Conflict", e.getMessage(), e.details(), List.of());
  }
}
