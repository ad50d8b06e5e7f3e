package dev.sessionvault.web.api.account;

import dev.sessionvault.application.command.identity.CreateAccountCommand;
import dev.sessionvault.application.identity.AccountService;
import dev.sessionvault.application.retention.StorageService;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.identity.AccountView;
import dev.sessionvault.application.view.retention.AccountUsageView;
import dev.sessionvault.application.view.retention.StorageUsageView;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.PageParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Tenants of the installation (operators)")
public class AccountResource {
  @Inject AccountService accounts;
  @Inject StorageService storage;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Create an account: name (unique), displayName")
  @APIResponseSchema(
      value = AccountView.class,
      responseCode = "201",
      responseDescription = "The account")
  public Response create(CreateAccountCommand command) {
    AccountView account = accounts.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
        .entity(account)
        .build();
  }

  @GET
  @Operation(summary = "Every account with what it stores against its quota, by name (operators)")
  public PageView<AccountUsageView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageParams paging = PageParams.of(uri, page, size, StorageService.MAX_PAGE_SIZE);
    return storage.accounts(paging.page(), paging.size());
  }

  @GET
  @Path("{accountId}/usage")
  @Operation(
      summary =
          "What the account stores (sessions, messages, content and transcript bytes, trash)"
              + " against its quota: level ok, warning (80 %) or full (new content gets 507)."
              + " Its members and operators; another account answers 404")
  public StorageUsageView usage(@PathParam("accountId") String accountId) {
    return storage.usage(PathIds.parse("account", accountId));
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
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("accountId") String accountId) {
    accounts.delete(PathIds.parse("account", accountId));
    return Response.noContent().build();
  }
}
