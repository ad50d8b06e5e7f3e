package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.ImportedSession.ImportedInteraction;
import dev.sessionvault.application.transfer.ImportedSession.ImportedMessage;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The parts of the canonical document (schemaVersion 4) bound onto the API's command records, with
 * the same checks and messages as the API, every problem at its JSON pointer. Members the server
 * derives (counts, tokens, cost, preview, version, sequence numbers) are read past; the ids of
 * messages and interactions are read here and kept where no row has them yet.
 */
final class CanonicalSessions {
  static final Set<String> SESSION_READ_HERE =
      Set.of(
          "id",
          "status",
          "error",
          "createdAt",
          "updatedAt",
          "lastActivityAt",
          "closedAt",
          "parentId",
          "forkedAtSeq");
  static final Set<String> SESSION_DERIVED =
      Set.of(
          "version",
          "preview",
          "messageCount",
          "turnCount",
          "inputTokens",
          "outputTokens",
          "cacheReadTokens",
          "cacheWriteTokens",
          "totalCostUsd",
          "activeTodoCount",
          "interactionCount");

  /** Read apart from the command (id, createdAt) or derived by the server (the rest). */
  private static final Set<String> PART_NOT_BOUND =
      Set.of("id", "seq", "sessionId", "createdAt", "type");

  private CanonicalSessions() {}

  /**
   * The session of a document ({@code session} at {@code sessionAt}) with its parts, which the
   * document's reader hands over as it reads them.
   */
  static ImportedSession imported(
      String source,
      JsonObject session,
      String sessionAt,
      Iterator<ImportedMessage> messages,
      Iterable<ImportedTodo> todos,
      Iterator<ImportedInteraction> interactions,
      String format,
      int sourceVersion,
      List<String> warnings) {
    List<String> notes = new ArrayList<>(warnings);
    CreateSessionCommand command = session(session, sessionAt, notes);
    return new ImportedSession(
        source,
        id(session, "id", sessionAt),
        command,
        text(session, "status", sessionAt),
        text(session, "error", sessionAt),
        instant(session, "createdAt", sessionAt),
        instant(session, "updatedAt", sessionAt),
        instant(session, "lastActivityAt", sessionAt),
        instant(session, "closedAt", sessionAt),
        id(session, "parentId", sessionAt),
        number(session, "forkedAtSeq", sessionAt),
        messages,
        todos,
        interactions,
        format,
        sourceVersion,
        notes);
  }

  private static CreateSessionCommand session(
      JsonObject session, String at, List<String> warnings) {
    JsonObject fields = only(session, CreateSessionCommand.class, SESSION_READ_HERE, at, warnings);
    return bind(fields, CreateSessionCommand.class, at);
  }

  static ImportedMessage message(JsonValue value, String at) {
    JsonObject message = object(value, at);
    return new ImportedMessage(
        at,
        id(message, "id", at),
        bind(
            only(message, AppendMessageCommand.class, PART_NOT_BOUND, at, null),
            AppendMessageCommand.class,
            at),
        instant(message, "createdAt", at));
  }

  static ImportedTodo todo(JsonValue value, String at) {
    JsonObject todo = object(value, at);
    return new ImportedTodo(
        at,
        bind(
            only(todo, TodoItemCommand.class, Set.of("position", "type"), at, null),
            TodoItemCommand.class,
            at));
  }

  static ImportedInteraction interaction(JsonValue value, String at) {
    JsonObject interaction = object(value, at);
    return new ImportedInteraction(
        at,
        id(interaction, "id", at),
        bind(
            only(interaction, RecordInteractionCommand.class, PART_NOT_BOUND, at, null),
            RecordInteractionCommand.class,
            at),
        instant(interaction, "createdAt", at));
  }

  static UUID id(JsonObject object, String member, String at) {
    JsonValue value = object.get(member);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    try {
      return UUID.fromString(((JsonString) value).getString());
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new ValidationException(at + "/" + member, "must be a UUID");
    }
  }

  static Instant instant(JsonObject object, String member, String at) {
    JsonValue value = object.get(member);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    try {
      return Instant.parse(((JsonString) value).getString());
    } catch (ClassCastException | DateTimeParseException e) {
      throw new ValidationException(
          at + "/" + member, "must be an ISO 8601 instant such as 2026-12-05T09:30:00Z");
    }
  }

  static Long number(JsonObject object, String member, String at) {
    JsonValue value = object.get(member);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof jakarta.json.JsonNumber number && number.isIntegral()) {
      return number.longValueExact();
    }
    throw new ValidationException(at + "/" + member, "must be a whole number");
  }

  static String text(JsonObject object, String member, String at) {
    JsonValue value = object.get(member);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new ValidationException(at + "/" + member, "must be a string");
  }

  static JsonObject object(JsonValue value, String at) {
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new ValidationException(at, "must be an object");
  }

  /**
   * The members a record binds; members read elsewhere are dropped, and unknown ones too, with a
   * warning when {@code warnings} collects them (the API's commands refuse unknown members).
   */
  private static JsonObject only(
      JsonObject object,
      Class<? extends Record> type,
      Set<String> readElsewhere,
      String at,
      List<String> warnings) {
    Set<String> components =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    JsonObjectBuilder kept = Json.createObjectBuilder();
    List<FieldError> unknown = new ArrayList<>();
    object.forEach(
        (name, value) -> {
          if (components.contains(name)) {
            kept.add(name, value);
          } else if (!readElsewhere.contains(name) && !SESSION_DERIVED.contains(name)) {
            if (warnings != null) {
              warnings.add(at + "/" + name + " is not part of the current format; ignored");
            } else {
              unknown.add(new FieldError(at + "/" + name, "is not a known member"));
            }
          }
        });
    if (!unknown.isEmpty()) {
      throw new ValidationException(unknown);
    }
    return kept.build();
  }

  /**
   * Binds with the API's binder, its paths ({@code tokens.input}, {@code blocks[0]}) as pointers.
   */
  private static <T> T bind(JsonObject object, Class<T> type, String at) {
    try {
      return JsonBinder.bind(object, type);
    } catch (ValidationException e) {
      throw new ValidationException(
          e.errors().stream()
              .map(error -> new FieldError(pointer(at, error.field()), error.message()))
              .toList());
    }
  }

  static String pointer(String at, String path) {
    String pointer = path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    return pointer.isEmpty() ? at : at + (pointer.startsWith("/") ? "" : "/") + pointer;
  }
}
