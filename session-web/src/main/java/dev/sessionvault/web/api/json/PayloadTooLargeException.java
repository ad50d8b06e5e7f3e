package dev.sessionvault.web.api.json;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** The request body is larger than the configured limit. */
public class PayloadTooLargeException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super(
        "the request body is larger than "
            + limit
            + " bytes (the limit is set by SESSIONVAULT_MAX_REQUEST_BYTES, for imports by"
            + " SESSIONVAULT_IMPORT_MAX_BYTES); split it into smaller requests",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }
}
