package dev.sessionvault.web.api.admin;

import dev.sessionvault.application.search.IndexAdminService;
import dev.sessionvault.application.view.search.IndexStatusView;
import dev.sessionvault.web.api.http.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on the whole installation")
public class IndexStatusResource {
  @Inject IndexAdminService admin;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "How far the search index trails the database: changes committed but not yet"
              + " searchable, the age of the oldest, the last rebuild; with counts=true also the"
              + " documents against the rows they come from")
  public IndexStatusView status(@QueryParam("counts") String counts) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), Set.of("counts"));
    boolean withCounts = params.bool("counts", counts, false);
    params.validate();
    return admin.status(withCounts);
  }
}
