package dev.sessionvault.web.api.error;

import dev.sessionvault.application.transfer.ImportRejectedException;
import dev.sessionvault.application.transfer.ImportResult;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * An import of which nothing could be imported: the first failure's status and errors, with the
 * report of every session in {@code sessions}.
 */
@Provider
public class ImportRejectedExceptionMapper implements ExceptionMapper<ImportRejectedException> {
  @Override
  public Response toResponse(ImportRejectedException e) {
    ImportResult first = e.firstFailure();
    String type =
        switch (first.status()) {
          case 422 -> "unsupported-schema-version";
          case 413 -> "payload-too-large";
          case 404 -> "not-found";
          case 403 -> "forbidden";
          case 400 -> "validation";
          default -> "import-failed";
        };
    String where =
        first.errors().isEmpty()
            ? ""
            : ": " + first.errors().get(0).field() + " " + first.errors().get(0).message();
    return Problems.response(
        first.status(),
        type,
        "Nothing was imported",
        "no session of the request could be imported" + where,
        Map.of(
            "failed", e.report().failed(),
            "sessions", JsonBinder.toJson(e.report().sessions())),
        first.errors());
  }
}
