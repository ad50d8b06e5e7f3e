package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/** One canonical document (after migration to the current version) as a session to import. */
final class CanonicalDocuments {
  private CanonicalDocuments() {}

  /**
   * The session a document holds, or why it cannot be read; {@code source} is where the document is
   * in the request, {@code at} the pointer its problems are reported under ("" for a body of one
   * document, {@code /3} in an array, {@code name#} in a ZIP).
   */
  static ImportItem read(
      JsonObject document,
      String source,
      String at,
      String format,
      int sourceVersion,
      List<String> warnings,
      UnaryOperator<String> places) {
    String originalId = null;
    try {
      JsonObject session =
          CanonicalSessions.object(member(document, "session", at), at + "/session");
      String sessionAt = at + "/session";
      JsonValue id = session.get("id");
      originalId = id instanceof jakarta.json.JsonString text ? text.getString() : null;
      List<ImportedTodo> todos = new ArrayList<>();
      JsonArray todoArray = array(document, "todos", at);
      for (int i = 0; i < todoArray.size(); i++) {
        todos.add(CanonicalSessions.todo(todoArray.get(i), at + places.apply("/todos/" + i)));
      }
      return CanonicalSessions.imported(
          source,
          session,
          sessionAt,
          lazily(
              array(document, "messages", at),
              index -> at + places.apply("/messages/" + index),
              CanonicalSessions::message),
          todos,
          lazily(
              array(document, "interactions", at),
              index -> at + "/interactions/" + index,
              CanonicalSessions::interaction),
          format,
          sourceVersion,
          warnings);
    } catch (ValidationException e) {
      return new UnreadableSession(source, originalId, 400, e.errors());
    }
  }

  private static JsonValue member(JsonObject document, String name, String at) {
    JsonValue value = document.get(name);
    if (value == null) {
      throw new ValidationException(at + "/" + name, "is required");
    }
    return value;
  }

  private static JsonArray array(JsonObject document, String name, String at) {
    JsonValue value = document.get(name);
    if (value == null || value == JsonValue.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    throw new ValidationException(at + "/" + name, "must be an array");
  }

  /** Binds each element only when the importer asks for it. */
  private static <T> Iterator<T> lazily(
      JsonArray array, IntFunction<String> place, BiFunction<JsonValue, String, T> bind) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < array.size();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int index = next++;
        return bind.apply(array.get(index), place.apply(index));
      }
    };
  }
}
