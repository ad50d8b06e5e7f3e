package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.command.session.SessionListQuery;
import dev.sessionvault.application.transfer.BackupSelection;
import dev.sessionvault.application.transfer.ExportService;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.http.QueryParams;
import dev.sessionvault.web.api.json.JsonBinder;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.session.SessionResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exports")
@RequestScoped
@Tag(name = "Export and import", description = "Sessions as documents, in and out")
public class BackupResource {
  /** What a backup request may send: the sessions to take, by id. */
  public record BackupRequest(List<UUID> ids) {}

  /** Ten thousand ids fit in well under a mebibyte. */
  private static final long MAX_REQUEST_BYTES = 1 << 20;

  @Inject ExportService exports;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces("application/zip")
  @Operation(
      summary =
          "A backup: a ZIP of canonical documents with manifest.json, of the sessions named by"
              + " {\"ids\": [...]} (readers) or selected by the listing's filters (admins)")
  @APIResponse(
      responseCode = "200",
      description = "The backup archive",
      content = {
        @Content(
            mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response backup(InputStream body) throws IOException {
    JsonValue request = optionalJson(body);
    List<UUID> ids = null;
    if (request instanceof JsonObject object) {
      ids = JsonBinder.bind(object, BackupRequest.class).ids();
    } else if (request != null) {
      throw new ValidationException("", "must be an object such as {\"ids\": [\"…\"]}, or empty");
    }
    QueryParams params =
        new QueryParams(uri.getQueryParameters().keySet(), SessionResource.LIST_FILTERS.names());
    Map<String, Object> query =
        SessionResource.LIST_FILTERS.read(uri.getQueryParameters(), params, validator);
    params.validate();
    query.put("sort", "createdAt");
    query.put("ascending", true);
    query.put("page", 1);
    query.put("size", SessionListQuery.MAX_PAGE_SIZE);
    BackupSelection selection =
        new BackupSelection(ids, SessionResource.LIST_FILTERS.create(query));
    // Denied and not found are answered before the first byte: the stream cannot take them back.
    exports.checkBackup(selection);
    StreamingOutput archive = out -> exports.backup(selection, out);
    return Response.ok(archive, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"session-vault-backup-"
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + ".zip\"")
        .build();
  }

  /** The body's JSON value, or null for an empty body (a backup by filters needs none). */
  private static JsonValue optionalJson(InputStream body) throws IOException {
    PushbackInputStream in = new PushbackInputStream(body);
    int first = in.read();
    if (first < 0) {
      return null;
    }
    in.unread(first);
    try (JsonParser parser = JsonText.parser(JsonText.utf8(in, MAX_REQUEST_BYTES))) {
      parser.next();
      return parser.getValue();
    } catch (RuntimeException e) {
      ValidationException malformed = JsonText.malformed(e, "");
      throw malformed == null ? e : malformed;
    }
  }
}
