package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.HeldTranscript;
import dev.sessionvault.application.transfer.ImportJobService;
import dev.sessionvault.application.transfer.ImportJobView;
import dev.sessionvault.application.transfer.ImportReport;
import dev.sessionvault.application.transfer.ImportService;
import dev.sessionvault.application.transfer.OnConflict;
import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.TranscriptService;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.json.PayloadTooLargeException;
import dev.sessionvault.web.api.transfer.TranscriptReading.HeldStart;
import dev.sessionvault.web.api.transfer.transcript.SubagentMeta;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports")
@RequestScoped
@Tag(name = "Export and import", description = "Sessions as documents, in and out")
public class ImportResource {
  @Inject ImportService imports;
  @Inject ImportJobService jobs;
  @Inject TranscriptPricing pricing;
  @Inject TranscriptService transcripts;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "sessionvault.import.async-bytes", defaultValue = "5242880")
  long asyncBytes;

  @Inject
  @ConfigProperty(name = "sessionvault.import.max-bytes", defaultValue = "67108864")
  long maxBytes;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import sessions: a canonical JSON document, a JSON array of them, JSON lines, a"
              + " backup ZIP, a Claude Code transcript or a Codex rollout (told from the content; format forces it);"
              + " a transcript sent again adds only what is new, and appendTo + offset send only its end"
              + " (409 with transcriptBytes when the vault holds another length). Each session"
              + " all-or-nothing; the report maps original to new ids. 201 when any was imported, 200"
              + " when all were skipped; when none could be imported, the first failure's status")
  @APIResponse(
      responseCode = "201",
      description = "Imported: a report per session",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "200",
      description = "Nothing new (every session skipped, unchanged or updated)",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "202",
      description = "A large body: imported in the background; poll the job",
      content = @Content(schema = @Schema(implementation = ImportJobView.class)))
  public Response importSessions(
      @QueryParam("format") String format,
      @QueryParam("onConflict") String onConflict,
      @QueryParam("agentType") String agentType,
      @QueryParam("agentDescription") String agentDescription,
      @QueryParam("appendTo") String appendTo,
      @QueryParam("offset") String offset,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
      InputStream body) {
    long declared = length != null && length.matches("\\d{1,18}") ? Long.parseLong(length) : -1;
    if (declared > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
    OnConflict policy = OnConflict.parse(onConflict);
    String forced =
        format == null || format.isBlank() ? null : format.trim().toLowerCase(Locale.ROOT);
    if (forced != null && !forced.matches("json|jsonl|zip|claude-code|codex")) {
      throw new ValidationException("format", "must be one of: " + ImportBody.FORMATS);
    }
    long from = offset(appendTo, offset);
    if (from > 0) {
      // the end of a transcript: read as the whole file, the kept start joined before it
      HeldTranscript held = transcripts.heldForAppend(appendTo, from);
      if (forced != null && !forced.equals(held.format())) {
        throw new ValidationException(
            "format", "the transcript kept for appendTo is " + held.format() + ", not " + forced);
      }
      TranscriptReading reading =
          reading(
              agentType,
              agentDescription,
              new HeldStart(held.storedLength(), from, held.redactions()));
      InputStream joined = new SequenceInputStream(held.content(), body);
      long joinedLength = declared < 0 ? -1 : held.storedLength() + declared;
      return imported(
          policy, joined, joinedLength, maxBytes + held.storedLength(), held.format(), reading);
    }
    TranscriptReading reading = reading(agentType, agentDescription, HeldStart.NONE);
    return imported(policy, body, declared, maxBytes, forced, reading);
  }

  /**
   * A body of {@code declared} bytes (-1 when unknown), {@code limit} at most: a large one kept
   * aside and imported in the background (202 and the job), any other in the request.
   */
  private Response imported(
      OnConflict policy,
      InputStream body,
      long declared,
      long limit,
      String format,
      TranscriptReading reading) {
    if (declared > asyncBytes) {
      ImportJobView job =
          jobs.start(policy, spooled(ImportBody.spool(body, limit), limit, format, reading));
      return Response.accepted(job)
          .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
          .build();
    }
    ImportReport report;
    try (ImportItems items = ImportBody.sessions(body, limit, format, reading)) {
      report = imports.importAll(policy, items);
    }
    if (report.imported() > 0) {
      return Response.status(Response.Status.CREATED).entity(report).build();
    }
    return Response.ok(report).build();
  }

  /**
   * Where the sent end of a transcript starts: 0 when the whole file is sent. {@code appendTo} (the
   * session's externalId) and {@code offset} (the length the vault holds) go together.
   */
  private static long offset(String appendTo, String offset) {
    if (appendTo == null && offset == null) {
      return 0;
    }
    if (appendTo == null || appendTo.isBlank() || appendTo.length() > 255) {
      throw new ValidationException(
          "appendTo", "with offset, give the externalId of the session (1 to 255 characters)");
    }
    if (offset == null || !offset.matches("\\d{1,18}")) {
      throw new ValidationException(
          "offset", "with appendTo, give the number of bytes of the file the vault holds");
    }
    return Long.parseLong(offset);
  }

  @GET
  @Path("{jobId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "An import running in the background: state, progress (sessions read, bytes read of"
              + " the body) and, at the end, the report")
  public ImportJobView job(@PathParam("jobId") String jobId) {
    return jobs.get(PathIds.parse("import job", jobId));
  }

  /** A sub-agent's type (64 characters at most) and description (4,000), when given. */
  private TranscriptReading reading(String agentType, String agentDescription, HeldStart held) {
    if (agentType != null && agentType.length() > 64) {
      throw new ValidationException("agentType", "must be at most 64 characters");
    }
    if (agentDescription != null && agentDescription.length() > 4000) {
      throw new ValidationException("agentDescription", "must be at most 4000 characters");
    }
    return new TranscriptReading(
        pricing, transcripts::lastSent, new SubagentMeta(agentType, agentDescription), held);
  }

  private static SpooledImport spooled(
      java.nio.file.Path copy, long limit, String format, TranscriptReading reading) {
    try {
      return new SpooledImport(copy, limit, format, reading);
    } catch (java.io.IOException e) {
      throw JsonText.unreadable(e, "");
    }
  }
}
