package dev.sessionvault.web.api.session;

import dev.sessionvault.application.ConversationService;
import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.view.session.AppendResult;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SeqPageView;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.http.AddsContent;
import dev.sessionvault.web.api.http.PathIds;
import dev.sessionvault.web.api.http.SeqPaging;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{sessionId}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "The conversation of a session")
public class MessageResource {
  @Inject ConversationService conversation;
  @Context UriInfo uri;

  @AddsContent
  @APIResponse(responseCode = "507", description = "The account is at its storage quota")
  @POST
  @Operation(
      summary =
          "Append one message (object) or a batch of up to 1000 (array) in one transaction;"
              + " re-sent externalIds return the stored message (200)")
  @APIResponse(
      responseCode = "201",
      description = "Stored: the message (for an object) or the batch's result (for an array)",
      content = @Content(schema = @Schema(oneOf = {MessageView.class, AppendResult.class})))
  @APIResponse(
      responseCode = "200",
      description = "Every externalId sent was stored before: the stored message(s)",
      content = @Content(schema = @Schema(oneOf = {MessageView.class, AppendResult.class})))
  public Response append(
      @PathParam("sessionId") String sessionId,
      @RequestBody(
              required = true,
              description = "One message, or an array of up to 1000",
              content =
                  @Content(
                      schema = @Schema(oneOf = {AppendMessageCommand.class, MessageBatch.class})))
          JsonValue body) {
    UUID id = PathIds.parse("session", sessionId);
    if (body instanceof JsonObject single) {
      AppendResult result =
          conversation.appendOne(id, JsonBinder.bind(single, AppendMessageCommand.class));
      MessageView message = result.items().get(0);
      return result.created() == 1
          ? Response.created(
                  uri.getAbsolutePathBuilder().path(Long.toString(message.seq())).build())
              .entity(message)
              .build()
          : Response.ok(message).build();
    }
    if (body instanceof JsonArray batch) {
      AppendResult result =
          conversation.append(id, JsonBinder.bindEach(batch, AppendMessageCommand.class));
      return Response.status(result.created() > 0 ? Response.Status.CREATED : Response.Status.OK)
          .entity(result)
          .build();
    }
    throw new ValidationException("", "must be a message object or an array of messages");
  }

  @GET
  @Operation(summary = "Page the conversation in order: messages with seq > afterSeq")
  public SeqPageView<MessageView> list(
      @PathParam("sessionId") String sessionId,
      @QueryParam("afterSeq") String afterSeq,
      @QueryParam("limit") String limit) {
    SeqPaging page = SeqPaging.parse(uri, afterSeq, limit, ConversationService.MAX_PAGE);
    return conversation.messages(
        PathIds.parse("session", sessionId), page.afterSeq(), page.limit());
  }

  @GET
  @Path("{seq}")
  @Operation(summary = "Read one message by its sequence number")
  public MessageView get(@PathParam("sessionId") String sessionId, @PathParam("seq") String seq) {
    UUID id = PathIds.parse("session", sessionId);
    if (seq == null || !seq.matches("\\d{1,18}")) {
      throw new dev.sessionvault.domain.shared.ResourceNotFoundException("message", seq);
    }
    return conversation.message(id, Long.parseLong(seq));
  }

  /**
   * A batch of up to 1000 messages, as the document names it (a generated client then has a type
   * for it).
   */
  @Schema(
      name = "MessageBatch",
      type = SchemaType.ARRAY,
      implementation = AppendMessageCommand.class)
  interface MessageBatch {}
}
