package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.json.PayloadTooLargeException;
import dev.sessionvault.web.api.transfer.migration.SchemaMigrations;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One session document read from a parser while it is imported. A current document (schemaVersion
 * 4) whose {@code session} comes before its parts, as every export writes it, is never held whole:
 * its messages and interactions are bound one at a time as the importer asks for them, so a
 * 200,000-message session imports in the memory of one message. A part array met before the
 * importer asks for it is kept whole until then; any other document (an earlier version to migrate,
 * parts before the session) is read whole and goes through {@link SessionDocuments}.
 */
final class StreamedDocument {
  private static final Set<String> PARTS = Set.of("messages", "todos", "interactions");

  private final JsonParser parser;
  private final String at;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, JsonValue> kept = new HashMap<>();

  /** The member whose key was read and whose value was not, or null. */
  private String pending;

  /** The part array the parser is inside of, or null. */
  private String reading;

  private boolean ended;

  /** Set when the body could not be read on: nothing after it is. */
  private RuntimeException failure;

  private StreamedDocument(JsonParser parser, String at) {
    this.parser = parser;
    this.at = at;
  }

  /**
   * The document whose START_OBJECT the parser just read, and its reader (null when read whole).
   */
  record Read(ImportItem item, StreamedDocument document) {}

  static Read read(JsonParser parser, String source, String at) {
    StreamedDocument document = new StreamedDocument(parser, at);
    Map<String, JsonValue> head = new LinkedHashMap<>();
    while (document.nextMember()) {
      String name = document.pending;
      if (PARTS.contains(name) && isCurrent(head)) {
        PARTS.stream().filter(head::containsKey).forEach(p -> document.kept.put(p, head.get(p)));
        return new Read(document.session(source, head), document);
      }
      document.pending = null;
      parser.next();
      head.put(name, parser.getValue());
    }
    JsonObjectBuilder whole = Json.createObjectBuilder();
    head.forEach(whole::add);
    return new Read(SessionDocuments.read(whole.build(), source, at), null);
  }

  private static boolean isCurrent(Map<String, JsonValue> head) {
    return head.get("schemaVersion") instanceof JsonNumber version
        && version.isIntegral()
        && version.intValue() == SchemaMigrations.CURRENT
        && head.get("session") instanceof JsonObject;
  }

  private ImportItem session(String source, Map<String, JsonValue> head) {
    JsonObject session = head.get("session").asJsonObject();
    try {
      Iterable<ImportedTodo> todos = () -> parts("todos", CanonicalSessions::todo);
      return CanonicalSessions.imported(
          source,
          session,
          at + "/session",
          parts("messages", CanonicalSessions::message),
          todos,
          parts("interactions", CanonicalSessions::interaction),
          "json",
          SchemaMigrations.CURRENT,
          List.of());
    } catch (ValidationException e) {
      String id = session.get("id") instanceof JsonString text ? text.getString() : null;
      return new UnreadableSession(source, id, 400, e.errors());
    }
  }

  /** The elements of a part array, read and bound one by one when asked for. */
  private <T> Iterator<T> parts(String member, BiFunction<JsonValue, String, T> bind) {
    return new Iterator<>() {
      private Iterator<JsonValue> keptElements;
      private boolean opened;
      private JsonValue next;
      private int index;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = read();
        }
        return next != null;
      }

      private JsonValue read() {
        String place = at + "/" + member + "/" + index;
        try {
          if (!opened) {
            opened = true;
            keptElements = open(member);
          }
          if (keptElements != null) {
            return keptElements.hasNext() ? keptElements.next() : null;
          }
          return nextElement(member);
        } catch (ValidationException e) {
          throw e;
        } catch (PayloadTooLargeException e) {
          failure = e;
          throw new ValidationException(place, e.getMessage());
        } catch (RuntimeException e) {
          ValidationException malformed = JsonText.malformed(e, place);
          failure = e;
          throw malformed == null ? e : malformed;
        }
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        JsonValue value = next;
        next = null;
        return bind.apply(value, at + "/" + member + "/" + index++);
      }
    };
  }

  /**
   * Moves the parser into {@code member}'s array: null when it is there (or the member is absent),
   * else the elements of the array kept when the parser passed it.
   */
  private Iterator<JsonValue> open(String member) {
    JsonValue earlier = kept.remove(member);
    if (earlier != null) {
      return array(member, earlier).iterator();
    }
    skipReading();
    while (nextMember()) {
      String name = pending;
      pending = null;
      if (name.equals(member)) {
        if (parser.next() == Event.START_ARRAY) {
          reading = member;
          return null;
        }
        return array(member, parser.getValue()).iterator();
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (PARTS.contains(name)) {
        kept.put(name, value);
      }
    }
    return List.<JsonValue>of().iterator();
  }

  private JsonArray array(String member, JsonValue value) {
    if (value == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    throw new ValidationException(at + "/" + member, "must be an array");
  }

  private JsonValue nextElement(String member) {
    if (!member.equals(reading)) {
      return null;
    }
    if (parser.next() == Event.END_ARRAY) {
      reading = null;
      return null;
    }
    return parser.getValue();
  }

  /** Reads the next member's key into {@code pending}; false at the end of the document. */
  private boolean nextMember() {
    if (pending != null) {
      return true;
    }
    if (ended || parser.next() == Event.END_OBJECT) {
      ended = true;
      return false;
    }
    pending = parser.getString();
    if (!seen.add(pending)) {
      throw new ValidationException(at + "/" + pending, "appears twice in the document");
    }
    return true;
  }

  private void skipReading() {
    if (reading != null) {
      parser.skipArray();
      reading = null;
    }
  }

  /**
   * Reads past what the importer left of the document (it stops at a session's first hundred
   * problems, or skips a session); true when the body can be read on.
   */
  boolean finish() {
    if (failure != null) {
      return false;
    }
    skipReading();
    while (nextMember()) {
      pending = null;
      parser.next();
      parser.getValue();
    }
    return true;
  }
}
