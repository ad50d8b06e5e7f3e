package dev.sessionvault.web.api.account;

import dev.sessionvault.application.command.identity.CreateApiKeyCommand;
import dev.sessionvault.application.identity.ApiKeyService;
import dev.sessionvault.application.view.identity.ApiKeyView;
import dev.sessionvault.application.view.identity.CreatedApiKeyView;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.PathIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

@Path("/accounts/{accountId}/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Credentials of integrations (account admins)")
public class ApiKeyResource {
  @Inject ApiKeyService keys;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Create a key: name, role, optional projectId and expiresAt; shown once")
  @APIResponseSchema(
      value = CreatedApiKeyView.class,
      responseCode = "201",
      responseDescription = "The key: the only time it is shown")
  public Response create(@PathParam("accountId") String accountId, CreateApiKeyCommand command) {
    CreatedApiKeyView created = keys.create(PathIds.parse("account", accountId), command);
    return Response.created(
            uri.getAbsolutePathBuilder().path(created.apiKey().id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List the account's keys (never their secrets), newest first")
  public List<ApiKeyView> list(@PathParam("accountId") String accountId) {
    return keys.list(PathIds.parse("account", accountId));
  }

  @DELETE
  @Path("{keyId}")
  @Operation(summary = "Revoke a key: it stops working on the next request")
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(
      @PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
    keys.revoke(PathIds.parse("account", accountId), PathIds.parse("API key", keyId));
    return Response.noContent().build();
  }
}
