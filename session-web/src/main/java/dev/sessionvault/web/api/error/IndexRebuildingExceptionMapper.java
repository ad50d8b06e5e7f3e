package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.search.IndexRebuildingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Search while the index is being rebuilt: 503 with Retry-After and the progress, so that a client
 * can wait and show how far along the rebuild is.
 */
@Provider
public class IndexRebuildingExceptionMapper implements ExceptionMapper<IndexRebuildingException> {
  @Override
  public Response toResponse(IndexRebuildingException e) {
    Response problem =
        Problems.response(
            503,
            "index-rebuilding",
            "Search index is being rebuilt",
            e.getMessage(),
            Map.of("percent", e.percent(), "done", e.done(), "total", e.total()),
            List.of());
    return Response.fromResponse(problem)
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }
}
