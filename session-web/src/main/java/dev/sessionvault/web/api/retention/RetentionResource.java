package dev.sessionvault.web.api.retention;

import dev.sessionvault.application.command.retention.RetentionPolicyCommand;
import dev.sessionvault.application.retention.RetentionService;
import dev.sessionvault.application.view.retention.RetentionOutcomeView;
import dev.sessionvault.application.view.retention.RetentionPolicyView;
import dev.sessionvault.web.api.http.ETags;
import dev.sessionvault.web.api.json.JsonBodyReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retention",
    description =
        "What the account keeps: limits on age, count and storage, per account and per project")
public class RetentionResource {
  @Inject RetentionService retention;
  @Inject JsonBodyReader bodies;

  @GET
  @Operation(summary = "The account's retention policy (default: keep everything)")
  @APIResponseSchema(
      value = RetentionPolicyView.class,
      responseCode = "200",
      responseDescription = "The policy; ETag: its version")
  public Response get() {
    RetentionPolicyView policy = retention.policy();
    return Response.ok(policy).tag(etag(policy)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace the policy (admins): maxAgeDays, maxSessions, quotaBytes, exemptTags,"
              + " idleTimeoutMinutes, projects[] with their own limits; a limit left out is no"
              + " limit. If-Match honoured")
  @APIResponseSchema(
      value = RetentionPolicyView.class,
      responseCode = "200",
      responseDescription = "The policy as stored; ETag: its version")
  public Response put(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RetentionPolicyCommand command) {
    RetentionPolicyView policy = retention.update(command, ETags.ifMatch(ifMatch));
    return Response.ok(policy).tag(etag(policy)).build();
  }

  @POST
  @Path("preview")
  @Operation(
      summary =
          "What the policy would delete now, oldest first, with ages, sizes and totals; deletes"
              + " nothing (admins). With a policy in the body, previews that one instead")
  public RetentionOutcomeView preview(
      @RequestBody(
              required = false,
              description = "A policy to preview instead of the stored one",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RetentionPolicyCommand.class)))
          InputStream draft) {
    return retention.preview(
        Optional.ofNullable(bodies.readOptional(draft, RetentionPolicyCommand.class)));
  }

  @POST
  @Path("run")
  @Operation(
      summary =
          "Apply the policy now (admins): what the preview lists goes to the trash, and trash"
              + " past its grace period is purged")
  public RetentionOutcomeView run() {
    return retention.run();
  }

  private static EntityTag etag(RetentionPolicyView policy) {
    return new EntityTag(Long.toString(policy.version()));
  }
}
