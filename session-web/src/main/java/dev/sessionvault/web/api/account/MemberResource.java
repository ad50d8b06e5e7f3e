package dev.sessionvault.web.api.account;

import dev.sessionvault.application.command.identity.AddMemberCommand;
import dev.sessionvault.application.command.identity.ChangeMemberCommand;
import dev.sessionvault.application.identity.MemberService;
import dev.sessionvault.application.view.identity.MemberView;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts/{accountId}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "The people of an account and their roles (account admins)")
public class MemberResource {
  @Inject MemberService members;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Add a person: username, role, and a password (12 to 1024 characters) for a new person")
  @APIResponseSchema(
      value = MemberView.class,
      responseCode = "201",
      responseDescription = "The person, with their role")
  public Response add(@PathParam("accountId") String accountId, AddMemberCommand command) {
    MemberView added = members.add(PathIds.parse("account", accountId), command);
    return Response.created(uri.getAbsolutePathBuilder().path(added.userId().toString()).build())
        .entity(added)
        .build();
  }

  @GET
  @Operation(summary = "The account's people with their roles and last sign-in")
  public List<MemberView> list(@PathParam("accountId") String accountId) {
    return members.list(PathIds.parse("account", accountId));
  }

  @PATCH
  @Path("{userId}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Change a person's role: {\"role\":\"viewer\"}")
  public MemberView change(
      @PathParam("accountId") String accountId,
      @PathParam("userId") String userId,
      ChangeMemberCommand command) {
    return members.change(
        PathIds.parse("account", accountId), PathIds.parse("member", userId), command);
  }

  @DELETE
  @Path("{userId}")
  @Operation(summary = "Remove a person from the account (it keeps its other accounts)")
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Removed from the account")
  public Response remove(
      @PathParam("accountId") String accountId, @PathParam("userId") String userId) {
    members.remove(PathIds.parse("account", accountId), PathIds.parse("member", userId));
    return Response.noContent().build();
  }
}
