package dev.sessionvault.web.api.error;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Errors the JAX-RS runtime raises before a resource runs (unknown path, wrong method, wrong media
 * type) and the ones adapters throw (413): the same status, as a problem document.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  private static final Pattern RUNTIME_MESSAGE = Pattern.compile("^RESTEASY\\d+");

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Request failed inside the server", e);
      return Problems.response(
          status, "server-error", "Server error", "The server failed; the error has been logged");
    }
    Response.ResponseBuilder builder = Response.fromResponse(problem(e, original, status));
    if (!original.getAllowedMethods().isEmpty()) {
      builder.header(HttpHeaders.ALLOW, String.join(", ", original.getAllowedMethods()));
    }
    return builder.build();
  }

  private Response problem(WebApplicationException e, Response original, int status) {
    if (e instanceof NotFoundException) {
      return Problems.response(
          404, "not-found", "Not found", "no resource at " + uri.getRequestUri().getPath());
    }
    if (e instanceof NotAllowedException) {
      return Problems.response(
          405,
          "method-not-allowed",
          "Method not allowed",
          "allowed methods: " + String.join(", ", original.getAllowedMethods()));
    }
    if (e instanceof NotSupportedException) {
      return Problems.response(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "send the body as JSON with the header Content-Type: application/json");
    }
    if (e instanceof NotAcceptableException) {
      return Problems.response(
          406,
          "not-acceptable",
          "Not acceptable",
          "this resource answers application/json (errors: application/problem+json)");
    }
    if (status == Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
      return Problems.response(status, "payload-too-large", "Payload too large", e.getMessage());
    }
    return Problems.response(
        status, "http-" + status, original.getStatusInfo().getReasonPhrase(), detail(e, status));
  }

  /**
   * The exception's own message, unless it is the JAX-RS runtime's (RESTEASY003320: Failed
   * processing arguments of ...), which names Java methods instead of what to fix.
   */
  private static String detail(WebApplicationException e, int status) {
    String message = e.getMessage();
    if (message != null && !message.isBlank() && !RUNTIME_MESSAGE.matcher(message).find()) {
      return message;
    }
    return status == 400
        ? "the path, query parameters or headers could not be read as this endpoint takes them;"
            + " check ids and parameters against the OpenAPI document at /openapi"
        : "the request was refused (" + status + "); check it against the OpenAPI document";
  }
}
