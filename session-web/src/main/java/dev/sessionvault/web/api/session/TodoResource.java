package dev.sessionvault.web.api.session;

import dev.sessionvault.application.TodoService;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.view.session.TodoListView;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{sessionId}/todos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Todos", description = "A session's todo list, replaced as a whole")
public class TodoResource {
  @Inject TodoService todos;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @APIResponseSchema(
      value = TodoListView.class,
      responseCode = "200",
      responseDescription = "The list as stored")
  @PUT
  @Operation(
      summary =
          "Replace the todo list: an array of {content, status, activeForm}, or the object"
              + " {\"todos\": [...]} that assistants' TodoWrite sends")
  public TodoListView replace(
      @PathParam("sessionId") String sessionId,
      @RequestBody(
              required = true,
              description =
                  "The whole list: an array of items, or {\"todos\": [...]} as assistants write it",
              content = @Content(schema = @Schema(oneOf = {TodoItems.class, TodoList.class})))
          JsonValue body) {
    JsonArray items;
    if (body instanceof JsonArray array) {
      items = array;
    } else if (body instanceof JsonObject object
        && object.size() == 1
        && object.get("todos") instanceof JsonArray array) {
      items = array;
    } else {
      throw new ValidationException(
          "", "must be an array of todo items, or an object {\"todos\": [...]}");
    }
    List<TodoItemCommand> list = JsonBinder.bindEach(items, TodoItemCommand.class);
    return todos.replace(PathIds.parse("session", sessionId), list);
  }

  @GET
  @Operation(summary = "The current todo list, in order")
  public TodoListView list(@PathParam("sessionId") String sessionId) {
    return todos.list(PathIds.parse("session", sessionId));
  }

  /** The list as an array, as the document names it (a generated client then has a type for it). */
  @Schema(name = "TodoItems", type = SchemaType.ARRAY, implementation = TodoItemCommand.class)
  interface TodoItems {}

  /** The {@code {"todos": [...]}} form of the list, as Claude Code's TodoWrite writes it. */
  record TodoList(List<TodoItemCommand> todos) {}
}
