package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.PreconditionFailedException;
import dev.sessionvault.web.api.http.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A stale If-Match: 412 with the current ETag, so the client knows what to fetch. */
@Provider
public class PreconditionFailedExceptionMapper
    implements ExceptionMapper<PreconditionFailedException> {
  @Override
  public Response toResponse(PreconditionFailedException e) {
    Response problem =
        Problems.response(
            412,
            "stale-version",
            "Precondition failed",
            e.getMessage(),
            Map.of("currentVersion", e.currentVersion()),
            List.of());
    return Response.fromResponse(problem)
        .header(HttpHeaders.ETAG, ETags.format(e.currentVersion()))
        .build();
  }
}
