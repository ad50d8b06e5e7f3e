package dev.sessionvault.web.api.project;

import dev.sessionvault.application.ProjectService;
import dev.sessionvault.application.command.EditProjectCommand;
import dev.sessionvault.application.command.ProjectCommand;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.ProjectView;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.ETags;
import dev.sessionvault.web.api.http.PageParams;
import dev.sessionvault.web.api.http.PathIds;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
  @APIResponseSchema(
      value = ProjectView.class,
      responseCode = "201",
      responseDescription = "The project")
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
    PageParams paging = PageParams.of(uri, page, size, ProjectService.MAX_PAGE_SIZE);
    return projects.list(paging.page(), paging.size());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a project")
  @APIResponseSchema(
      value = ProjectView.class,
      responseCode = "200",
      responseDescription = "The project; ETag: its version")
  public Response get(@PathParam("id") String id) {
    ProjectView project = projects.get(PathIds.parse("project", id));
    return Response.ok(project).tag(etag(project)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Edit key, name, rootPath (JSON Merge Patch; If-Match honoured)")
  @APIResponseSchema(
      value = ProjectView.class,
      responseCode = "200",
      responseDescription = "The project as edited")
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
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") String id) {
    projects.delete(PathIds.parse("project", id));
    return Response.noContent().build();
  }

  private static EntityTag etag(ProjectView project) {
    return new EntityTag(Long.toString(project.version()));
  }
}
