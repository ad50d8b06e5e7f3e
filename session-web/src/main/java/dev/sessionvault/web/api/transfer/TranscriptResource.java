package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.TranscriptService;
import dev.sessionvault.application.transfer.TranscriptView;
import dev.sessionvault.web.api.http.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The transcript file a session was read from, given back as it was kept. */
@Path("/sessions/{sessionId}/transcript")
@RequestScoped
@Tag(name = "Export and import", description = "Sessions as documents, in and out")
public class TranscriptResource {
  /** SHA-256 (hex) of the bytes in the answer. */
  public static final String SHA256 = "Session-Vault-Transcript-Sha256";

  /** How many secrets were replaced in them on the way in (0: the bytes are the ones sent). */
  public static final String REDACTIONS = "Session-Vault-Transcript-Redactions";

  @Inject TranscriptService transcripts;

  @GET
  @Produces("application/x-ndjson")
  @Operation(
      summary =
          "The transcript file the session was read from (Claude Code JSONL, Codex rollout):"
              + " exactly the bytes sent (the longest version), unless redaction on ingest replaced"
              + " secrets in them, which the Session-Vault-Transcript-Redactions header counts")
  @APIResponse(
      responseCode = "200",
      description = "The transcript file, byte for byte as kept",
      content = {
        @Content(
            mediaType = "application/x-ndjson",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response transcript(@PathParam("sessionId") String sessionId) {
    UUID id = PathIds.parse("session", sessionId);
    // Not found and denied are answered before the first byte: the stream cannot take them back.
    TranscriptView view = transcripts.describe(id);
    StreamingOutput body = out -> transcripts.write(id, out);
    return Response.ok(body, "application/x-ndjson")
        .header("Content-Disposition", "attachment; filename=\"" + id + ".jsonl\"")
        .header("Content-Length", view.bytes())
        .header(SHA256, view.sha256())
        .header(REDACTIONS, view.redactions())
        .tag(view.sha256())
        .build();
  }
}
