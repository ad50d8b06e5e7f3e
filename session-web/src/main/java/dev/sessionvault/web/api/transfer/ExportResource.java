package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.ExportService;
import dev.sessionvault.web.api.http.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{sessionId}/export")
@RequestScoped
@Tag(name = "Export and import", description = "Sessions as documents, in and out")
public class ExportResource {
  @Inject ExportService exports;

  @GET
  @Produces({"application/json", "application/x-ndjson", "text/markdown", "text/html"})
  @Operation(
      summary =
          "Export one session as the canonical JSON document (default), JSON lines, Markdown or a"
              + " self-contained HTML page; streamed, secrets redacted")
  @APIResponse(
      responseCode = "200",
      description = "The session as a document",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/x-ndjson",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "text/markdown",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "text/html",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response export(
      @PathParam("sessionId") String sessionId, @QueryParam("format") String format) {
    UUID id = PathIds.parse("session", sessionId);
    ExportFormat chosen = ExportFormat.parse(format);
    // Not found and denied are answered before the first byte: the stream cannot take them back.
    exports.describe(id);
    StreamingOutput body = out -> exports.export(id, chosen, out);
    return Response.ok(body, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"session-" + id + "." + chosen.extension() + "\"")
        .build();
  }
}
