package dev.sessionvault.web.api.session;

import dev.sessionvault.application.InteractionService;
import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.SeqPageView;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.http.SeqPaging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{sessionId}/interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions", description = "Command/result pairs of a session")
public class InteractionResource {
  @Inject InteractionService interactions;
  @Context UriInfo uri;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @POST
  @Operation(summary = "Record a command and its result (201)")
  @APIResponseSchema(
      value = InteractionView.class,
      responseCode = "201",
      responseDescription = "The interaction with its sequence number")
  public Response record(
      @PathParam("sessionId") String sessionId, RecordInteractionCommand command) {
    InteractionView interaction = interactions.record(PathIds.parse("session", sessionId), command);
    return Response.status(Response.Status.CREATED).entity(interaction).build();
  }

  @GET
  @Operation(summary = "Page the interactions in order: seq > afterSeq")
  public SeqPageView<InteractionView> list(
      @PathParam("sessionId") String sessionId,
      @QueryParam("afterSeq") String afterSeq,
      @QueryParam("limit") String limit) {
    SeqPaging page = SeqPaging.parse(uri, afterSeq, limit, InteractionService.MAX_PAGE);
    return interactions.list(PathIds.parse("session", sessionId), page.afterSeq(), page.limit());
  }
}
