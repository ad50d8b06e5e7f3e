package dev.sessionvault.web.api.project;

import dev.sessionvault.application.ProjectService;
import dev.sessionvault.application.command.EditProjectCommand;
import dev.sessionvault.application.command.ProjectCommand;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import dev.sessionvault.web.api.http.ETags;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.http.QueryParams;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Code bases that sessions work on")
public class ProjectResource {
  @Inject ProjectService projects;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Create a project (key unique in the account)")
  public Response create(ProjectCommand command) {
    ProjectView project = projects.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(project.id().toString()).build())
        .tag(etag(project))
        .entity(project)
        .build();
  }

  @GET
  @Operation(summary = "List projects by key")
  public PageView<ProjectView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), Set.of("page", "size"));
    int pageNumber = params.integer("page", page, 1, 1, Integer.MAX_VALUE);
    int pageSize = params.integer("size", size, 50, 1, ProjectService.MAX_PAGE_SIZE);
    params.validate();
    return projects.list(pageNumber, pageSize);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a project")
  public Response get(@PathParam("id") String id) {
    ProjectView project = projects.get(PathIds.parse("project", id));
    return Response.ok(project).tag(etag(project)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Edit key, name, rootPath (JSON Merge Patch; If-Match honoured)")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject mergePatch) {
    ProjectView project =
        projects.patch(
            PathIds.parse("project", id),
            JsonBinder.bind(mergePatch, EditProjectCommand.class),
            ETags.ifMatch(ifMatch));
    return Response.ok(project).tag(etag(project)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a project; its sessions stay, with projectId set to null")
  public Response delete(@PathParam("id") String id) {
    projects.delete(PathIds.parse("project", id));
    return Response.noContent().build();
  }

  private static EntityTag etag(ProjectView project) {
    return new EntityTag(Long.toString(project.version()));
  }
}
