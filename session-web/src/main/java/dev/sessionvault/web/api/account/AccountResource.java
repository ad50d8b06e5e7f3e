package dev.sessionvault.web.api.account;

import dev.sessionvault.application.command.identity.CreateAccountCommand;
import dev.sessionvault.application.identity.AccountService;
import dev.sessionvault.application.view.identity.AccountView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Tenants of the installation (operators)")
public class AccountResource {
  @Inject AccountService accounts;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Create an account: name (unique), displayName")
  public Response create(CreateAccountCommand command) {
    AccountView account = accounts.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
        .entity(account)
        .build();
  }

  @GET
  @Path("{accountId}")
  @Operation(summary = "Read an account")
  public AccountView get(@PathParam("accountId") String accountId) {
    return accounts.get(PathIds.parse("account", accountId));
  }

  @DELETE
  @Path("{accountId}")
  @Operation(summary = "Delete an account and its projects (409 while it has sessions)")
  public Response delete(@PathParam("accountId") String accountId) {
    accounts.delete(PathIds.parse("account", accountId));
    return Response.noContent().build();
  }
}
