package dev.sessionvault.web.api.admin;

import dev.sessionvault.application.search.IndexAdminService;
import dev.sessionvault.application.view.search.ReindexView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on the whole installation")
public class ReindexResource {
  @Inject IndexAdminService admin;
  @Context UriInfo uri;

  @POST
  @Operation(
      summary =
          "Rebuild the search index from the database in the background (202; search answers 503"
              + " until done). While a rebuild runs, answers its progress.")
  @APIResponseSchema(
      value = ReindexView.class,
      responseCode = "202",
      responseDescription = "The rebuild started (or the one running): its progress")
  public Response start() {
    ReindexView progress = admin.startRebuild();
    return Response.accepted(progress).location(uri.getAbsolutePath()).build();
  }

  @GET
  @Operation(
      summary = "Progress of the running rebuild (done/total, rate, ETA) or the last outcome")
  public ReindexView progress() {
    return admin.progress();
  }
}
