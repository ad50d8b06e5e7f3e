package dev.sessionvault.web.api.session;

import dev.sessionvault.application.ConversationService;
import dev.sessionvault.application.SessionService;
import dev.sessionvault.application.command.session.ChangeStatusCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.EditSessionCommand;
import dev.sessionvault.application.command.session.SessionListQuery;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.session.SessionStateView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.domain.shared.PreconditionFailedException;
import dev.sessionvault.web.api.error.Problems;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.ETags;
import dev.sessionvault.web.api.http.FilterParameters;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.http.QueryParams;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Sessions of AI coding assistants and their lifecycle")
public class SessionResource {
  /** The listing's filters: the components of the query that the listing does not read itself. */
  public static final FilterParameters<SessionListQuery> LIST_FILTERS =
      new FilterParameters<>(SessionListQuery.class, Set.of("sort", "ascending", "page", "size"));

  private static final Set<String> LIST_PARAMETERS =
      Stream.concat(LIST_FILTERS.names().stream(), Stream.of("sort", "order", "page", "size"))
          .collect(Collectors.toUnmodifiableSet());
  static final int DEFAULT_STATE_MESSAGES = 50;

  @Inject SessionService sessions;
  @Inject Validator validator;
  @Context UriInfo uri;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @POST
  @Operation(summary = "Create a session (201 with Location and ETag)")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "201",
      responseDescription = "The session; ETag: its version")
  public Response create(CreateSessionCommand command) {
    SessionView session = sessions.create(command);
    return Response.created(uri.getAbsolutePathBuilder().path(session.id().toString()).build())
        .tag(etag(session))
        .entity(session)
        .build();
  }

  @GET
  @Operation(summary = "List sessions: filters, sort, pages with a total count")
  public PageView<SessionView> list(
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), LIST_PARAMETERS);
    Map<String, Object> query = LIST_FILTERS.read(uri.getQueryParameters(), params, validator);
    query.put("sort", params.oneOf("sort", sort, SessionListQuery.SORTS));
    query.put(
        "ascending",
        params.oneOf("order", order, List.of("asc", "desc"), name -> name, "desc").equals("asc"));
    query.put("page", params.integer("page", page, 1, 1, Integer.MAX_VALUE));
    query.put(
        "size",
        params.integer(
            "size", size, SessionListQuery.DEFAULT_PAGE_SIZE, 1, SessionListQuery.MAX_PAGE_SIZE));
    params.validate();
    return sessions.list(LIST_FILTERS.create(query));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a session (ETag = version; If-None-Match answers 304)")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session; ETag: its version")
  @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
  public Response get(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context Request request) {
    SessionView session = sessions.get(PathIds.parse("session", id));
    // If-Match is checked here so that a mismatch is a problem document like every other 412.
    OptionalLong expected = ETags.ifMatch(ifMatch);
    if (expected.isPresent() && expected.getAsLong() != session.version()) {
      throw new PreconditionFailedException("session", expected.getAsLong(), session.version());
    }
    EntityTag tag = etag(session);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    return (notModified != null ? notModified : Response.ok(session)).tag(tag).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "Edit name, summary, tags, metadata, config, llmConfig, state, projectId (JSON Merge"
              + " Patch; If-Match honoured)")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session as edited")
  public Response patch(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject mergePatch) {
    SessionView session =
        sessions.patch(
            PathIds.parse("session", id),
            JsonBinder.bind(mergePatch, EditSessionCommand.class),
            ETags.ifMatch(ifMatch));
    return Response.ok(session).tag(etag(session)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a session with its messages, todos and interactions")
  // no body on success: a client that accepts only problem+json (for the errors) is served
  @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
  @APIResponse(responseCode = "204", description = "Moved to the trash")
  public Response delete(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    sessions.delete(PathIds.parse("session", id), ETags.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/status")
  @Operation(summary = "Move a session through its lifecycle, e.g. {\"status\":\"idle\"}")
  @APIResponseSchema(
      value = SessionView.class,
      responseCode = "200",
      responseDescription = "The session in its new status")
  public Response changeStatus(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ChangeStatusCommand command) {
    SessionView session =
        sessions.changeStatus(PathIds.parse("session", id), command, ETags.ifMatch(ifMatch));
    return Response.ok(session).tag(etag(session)).build();
  }

  @GET
  @Path("{id}/state")
  @Operation(summary = "Everything needed to resume: session, todos and the last messages")
  public SessionStateDocument state(
      @PathParam("id") String id, @QueryParam("messages") String messages) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), Set.of("messages"));
    int count =
        params.integer(
            "messages", messages, DEFAULT_STATE_MESSAGES, 0, SessionService.MAX_STATE_MESSAGES);
    params.validate();
    UUID sessionId = PathIds.parse("session", id);
    SessionStateView state = sessions.state(sessionId, count);
    String base =
        uri.getBaseUriBuilder().path("sessions").path(sessionId.toString()).build().toString();
    Map<String, String> links = new LinkedHashMap<>();
    links.put("self", base + "/state");
    links.put("session", base);
    links.put("todos", base + "/todos");
    links.put("interactions", base + "/interactions");
    long earlierPage = Math.max(1, Math.min(state.earlierMessages(), ConversationService.MAX_PAGE));
    links.put("messages", base + "/messages?afterSeq=0&limit=" + earlierPage);
    return new SessionStateDocument(
        state.session(), state.todos(), state.messages(), state.earlierMessages(), links);
  }

  static EntityTag etag(SessionView session) {
    return new EntityTag(Long.toString(session.version()));
  }
}
