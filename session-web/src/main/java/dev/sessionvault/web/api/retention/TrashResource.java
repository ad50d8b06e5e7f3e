package dev.sessionvault.web.api.retention;

import dev.sessionvault.application.retention.TrashService;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.retention.TrashEntryView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.PageParams;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.transfer.TrashedDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/trash")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Trash",
    description =
        "Deleted sessions during their grace period (admins): restore them or purge them now")
public class TrashResource {
  @Inject TrashService trash;
  @Inject TrashedDocuments documents;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Deleted sessions, the most recent first, with when each is purged")
  public PageView<TrashEntryView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageParams paging = PageParams.of(uri, page, size, TrashService.MAX_PAGE_SIZE);
    return trash.list(paging.page(), paging.size());
  }

  @POST
  @Path("{id}/restore")
  @Operation(
      summary =
          "Bring the session back under its id with its messages, todos, interactions, kept"
              + " transcript and search hits (409 when a session now holds its id or externalId)")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session, back")
  public Response restore(@PathParam("id") String id) {
    UUID entry = PathIds.parse("trash entry", id);
    SessionView restored = trash.restore(entry, documents.read(entry));
    return Response.ok(restored).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Purge the deleted session now, for good")
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Purged")
  public Response purge(@PathParam("id") String id) {
    trash.purge(PathIds.parse("trash entry", id));
    return Response.noContent().build();
  }
}
