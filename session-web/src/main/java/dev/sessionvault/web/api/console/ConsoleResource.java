package dev.sessionvault.web.api.console;

import dev.sessionvault.application.identity.ConsoleService;
import dev.sessionvault.application.view.identity.ConsoleSessionView;
import dev.sessionvault.application.view.identity.ConsoleStart;
import dev.sessionvault.application.view.identity.WhoAmIView;
import dev.sessionvault.domain.shared.AccessDeniedException;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.security.ConsoleCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The web console's sign-in: it signs in once with a password (Basic) or an API key (Bearer), gets
 * an HttpOnly cookie and a CSRF token, and then uses the API with the cookie.
 */
@Path("/console")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Console", description = "Sign-in of the web console (a cookie and a CSRF token)")
public class ConsoleResource {
  @Inject ConsoleService consoles;
  @Context HttpServletRequest request;

  @POST
  @Path("sign-in")
  @Operation(
      summary =
          "Sign in with the request's credentials: sets the console cookie, answers the CSRF token")
  @APIResponseSchema(
      value = ConsoleSessionView.class,
      responseCode = "200",
      responseDescription = "Signed in: the cookie is set; the CSRF token to send with changes")
  public Response signIn() {
    if (ConsoleCookie.admittedToken(request) != null) {
      // a sign-in would otherwise renew itself past its absolute expiry
      throw new AccessDeniedException(
          "a console sign-in starts with a password or an API key in the Authorization header,"
              + " never with the console's cookie");
    }
    ConsoleStart started = consoles.signIn();
    return Response.ok(started.session())
        .header(
            HttpHeaders.SET_COOKIE,
            ConsoleCookie.set(started.token(), started.session().expiresAt(), request.isSecure()))
        .build();
  }

  @POST
  @Path("sign-out")
  @Operation(summary = "End the console sign-in on the server and clear its cookie")
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Signed out; the cookie is cleared")
  public Response signOut() {
    consoles.signOut(ConsoleCookie.admittedToken(request));
    return Response.noContent()
        .header(HttpHeaders.SET_COOKIE, ConsoleCookie.clear(request.isSecure()))
        .build();
  }

  @GET
  @Path("session")
  @Operation(summary = "The console sign-in of this request: CSRF token, expiry, who it is")
  public ConsoleSessionView session() {
    return consoles.session(ConsoleCookie.admittedToken(request));
  }

  @POST
  @Path("account")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Act in another account the signed-in person is a member of")
  public ConsoleSessionView switchAccount(SwitchAccountRequest body) {
    String accountId = body == null ? null : body.accountId();
    if (accountId == null || accountId.isBlank()) {
      throw new ValidationException("accountId", "is required: the id of one of your accounts");
    }
    return consoles.switchAccount(
        ConsoleCookie.admittedToken(request), PathIds.parse("account", accountId));
  }

  /** Who the caller is: person or key, account, role, and the accounts it may switch to. */
  @GET
  @Path("me")
  @Operation(summary = "Who the caller is, its account and role, and its other accounts")
  public WhoAmIView me() {
    return consoles.whoAmI();
  }

  /** The body of an account switch. */
  public record SwitchAccountRequest(String accountId) {}
}
