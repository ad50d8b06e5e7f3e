package dev.sessionvault.web.api.json;

import dev.sessionvault.application.command.WireNameValidator;
import dev.sessionvault.domain.shared.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The leaves of {@link JsonBinder}: strings, numbers in range, booleans, instants, UUIDs, wire
 * names of enumerations, and free-form JSON as plain Java. Each problem is added to the list with
 * its path; the binder decides when to fail.
 */
final class JsonScalars {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final List<Class<?>> TYPES =
      List.of(
          String.class,
          Integer.class,
          int.class,
          Long.class,
          long.class,
          BigDecimal.class,
          Boolean.class,
          boolean.class,
          Instant.class,
          UUID.class,
          Object.class);

  private JsonScalars() {}

  /** Whether {@link #convert} binds this type (records and collections are the binder's). */
  static boolean supports(Class<?> type) {
    return TYPES.contains(type);
  }

  /**
   * {@code json} (not null) as {@code target}, or null with the problem added to {@code errors}.
   */
  static Object convert(
      JsonValue json, Class<?> target, String path, List<FieldError> errors, int depth) {
    if (target == String.class) {
      return json instanceof JsonString text
          ? text.getString()
          : mismatch(path, "a string", errors);
    }
    if (target == Integer.class || target == int.class) {
      return integer(json, path, errors, INT_MIN, INT_MAX) instanceof BigDecimal n
          ? n.intValueExact()
          : null;
    }
    if (target == Long.class || target == long.class) {
      return integer(json, path, errors, LONG_MIN, LONG_MAX) instanceof BigDecimal n
          ? n.longValueExact()
          : null;
    }
    if (target == BigDecimal.class) {
      return json instanceof JsonNumber number
          ? number.bigDecimalValue()
          : mismatch(path, "a number", errors);
    }
    if (target == Boolean.class || target == boolean.class) {
      return switch (json.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        default -> mismatch(path, "true or false", errors);
      };
    }
    if (target == Instant.class) {
      return instant(json, path, errors);
    }
    if (target == UUID.class) {
      if (json instanceof JsonString text && UUID_TEXT.matcher(text.getString()).matches()) {
        return UUID.fromString(text.getString());
      }
      return mismatch(path, "a UUID such as 0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b", errors);
    }
    return freeForm(json, path, errors, depth);
  }

  /**
   * A string that names one of {@code enumeration}'s constants ({@code in_progress}): commands
   * carry enumerations by wire name, checked here so that a wrong one is reported with the other
   * binding problems.
   */
  static String wireName(
      JsonValue json, Class<? extends Enum<?>> enumeration, String path, List<FieldError> errors) {
    List<String> allowed = WireNameValidator.names(enumeration);
    if (json instanceof JsonString text && allowed.contains(text.getString())) {
      return text.getString();
    }
    errors.add(new FieldError(path, "must be one of: " + String.join(", ", allowed)));
    return null;
  }

  private static Object integer(
      JsonValue json, String path, List<FieldError> errors, BigDecimal min, BigDecimal max) {
    if (json instanceof JsonNumber number) {
      BigDecimal value = number.bigDecimalValue();
      boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
      if (integral && value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return value;
      }
    }
    errors.add(new FieldError(path, "must be an integer between " + min + " and " + max));
    return null;
  }

  private static Object instant(JsonValue json, String path, List<FieldError> errors) {
    if (json instanceof JsonString text) {
      try {
        return OffsetDateTime.parse(text.getString()).toInstant();
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    errors.add(
        new FieldError(path, "must be an ISO 8601 instant with offset, e.g. 2026-11-21T09:30:00Z"));
    return null;
  }

  /** Free-form JSON as plain Java: Map, List, String, Long or BigDecimal, Boolean, null. */
  static Object freeForm(JsonValue json, String path, List<FieldError> errors, int depth) {
    if (depth > JsonBinder.MAX_DEPTH) {
      errors.add(new FieldError(path, "nests deeper than " + JsonBinder.MAX_DEPTH + " levels"));
      return null;
    }
    return switch (json.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        json.asJsonObject()
            .forEach(
                (key, member) ->
                    map.put(key, freeForm(member, child(path, key), errors, depth + 1)));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        JsonArray array = json.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          list.add(freeForm(array.get(i), path + "[" + i + "]", errors, depth + 1));
        }
        yield list;
      }
      case STRING -> ((JsonString) json).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) json;
        yield number.isIntegral()
                && number.bigDecimalValue().compareTo(LONG_MAX) <= 0
                && number.bigDecimalValue().compareTo(LONG_MIN) >= 0
            ? (Object) number.longValue()
            : number.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  static Object mismatch(String path, String expected, List<FieldError> errors) {
    errors.add(new FieldError(path, "must be " + expected));
    return null;
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
