package dev.sessionvault.web.api.admin;

import dev.sessionvault.application.IndexAdminService;
import dev.sessionvault.application.view.IndexStatusView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on the whole installation")
public class IndexStatusResource {
  @Inject IndexAdminService admin;

  @GET
  @Operation(
      summary =
          "How far the search index trails the database: changes committed but not yet"
              + " searchable, the age of the oldest, documents against rows, the last rebuild")
  public IndexStatusView status() {
    return admin.status();
  }
}
