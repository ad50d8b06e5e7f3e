package dev.sessionvault.web.api.admin;

import dev.sessionvault.application.BackupService;
import dev.sessionvault.application.view.BackupView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/backup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operations on the whole installation")
public class DatabaseBackupResource {
  @Inject BackupService backups;

  @POST
  @Operation(
      summary =
          "Back up the embedded database while the server runs (operators): a consistent copy,"
              + " kept transcripts included, in a dated ZIP under <data dir>/backups (409 on"
              + " PostgreSQL: use pg_dump)")
  @APIResponseSchema(
      value = BackupView.class,
      responseCode = "201",
      responseDescription = "Written: where, how large, how to restore it")
  public Response backup() {
    return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
  }
}
