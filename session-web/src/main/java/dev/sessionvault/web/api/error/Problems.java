package dev.sessionvault.web.api.error;

import dev.sessionvault.domain.shared.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents: {@code type}, {@code title}, {@code status}, {@code detail},
 * and for validation failures an {@code errors} list of {@code {field, message}}.
 */
public final class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://sessionvault.dev/problems/";

  private Problems() {}

  public static Response response(int status, String type, String title, String detail) {
    return response(status, type, title, detail, Map.of(), List.of());
  }

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      Map<String, ?> extensions,
      List<FieldError> errors) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail == null ? title : detail);
    extensions.forEach((name, value) -> problem.add(name, member(value)));
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(
          error ->
              list.add(
                  Json.createObjectBuilder()
                      .add("field", error.field())
                      .add("message", error.message())));
      problem.add("errors", list);
    }
    // Serialised here so that no provider selection can change the document for this media type.
    return Response.status(status).type(MEDIA_TYPE).entity(problem.build().toString()).build();
  }

  private static JsonValue member(Object value) {
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      values.forEach(element -> array.add(String.valueOf(element)));
      return array.build();
    }
    if (value instanceof Number number) {
      return Json.createValue(number.longValue());
    }
    return Json.createValue(String.valueOf(value));
  }
}
