package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ForkService;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

@Path("/sessions/{sessionId}/fork")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Sessions of AI coding assistants and their lifecycle")
public class ForkResource {
  @Inject ForkService forks;
  @Context UriInfo uri;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @POST
  @Operation(
      summary =
          "Fork a session: a new active session linked to this one, holding its messages up to"
              + " atSeq (all when absent), its todo list and its settings")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "201",
      responseDescription = "The new session")
  public Response fork(
      @PathParam("sessionId") String sessionId, @QueryParam("atSeq") String atSeq) {
    Long seq = null;
    if (atSeq != null && !atSeq.isBlank()) {
      if (!atSeq.trim().matches("\\d{1,18}")) {
        throw new ValidationException("atSeq", "must be a message's sequence number (0 or more)");
      }
      seq = Long.parseLong(atSeq.trim());
    }
    SessionView fork = forks.fork(PathIds.parse("session", sessionId), seq);
    return Response.created(
            uri.getBaseUriBuilder().path("sessions").path(fork.id().toString()).build())
        .entity(fork)
        .build();
  }
}
