package dev.sessionvault.application.binding;

import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds JSON documents onto records and back. Unknown fields, wrong JSON types, unknown enumeration
 * values, malformed instants and UUIDs are all reported at once, each with its path ({@code
 * config.maxMessages}, {@code [3].role}, {@code tags[0]}) and the values that would be accepted.
 *
 * <p>Supported member types: String, Integer, Long, BigDecimal, Boolean, Instant, UUID, enums (by
 * lowercase wire name), records, {@code List}/{@code Set} of these, and {@code Map<String, Object>}
 * for free-form JSON objects.
 */
public final class JsonBinder {
  /** Free-form JSON (metadata, state, blocks) may nest this deep. */
  public static final int MAX_DEPTH = 64;

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private JsonBinder() {}

  /**
   * Binds {@code json} onto {@code type}; throws {@link ValidationException} listing every problem.
   */
  public static <T> T bind(JsonValue json, Class<T> type) {
    return bind(json, type, "");
  }

  /** As {@link #bind(JsonValue, Class)}, reporting paths below {@code path}. */
  public static <T> T bind(JsonValue json, Class<T> type, String path) {
    List<FieldError> errors = new ArrayList<>();
    Object value = convert(json, type, path, errors, 0);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return type.cast(value);
  }

  /**
   * Binds each element of a JSON array onto {@code elementType}, reporting paths as {@code [i].x}.
   */
  public static <T> List<T> bindEach(JsonArray array, Class<T> elementType) {
    List<FieldError> errors = new ArrayList<>();
    List<T> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(elementType.cast(convert(array.get(i), elementType, "[" + i + "]", errors, 0)));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return items;
  }

  /** The JSON form of a record (or any supported value), the inverse of {@link #bind}. */
  public static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    }
    if (value instanceof BigInteger integer) {
      return Json.createValue(integer);
    }
    if (value instanceof Number number) {
      return Json.createValue(new BigDecimal(number.toString()));
    }
    if (value instanceof Enum<?> constant) {
      return Json.createValue(WireNames.of(constant));
    }
    if (value instanceof Instant || value instanceof UUID) {
      return Json.createValue(value.toString());
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, member) -> object.add(String.valueOf(key), toJson(member)));
      return object.build();
    }
    if (value instanceof Collection<?> collection) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      collection.forEach(element -> array.add(toJson(element)));
      return array.build();
    }
    if (value instanceof Record record) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          object.add(component.getName(), toJson(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      return object.build();
    }
    throw new IllegalArgumentException("no JSON form for " + value.getClass());
  }

  private static Object convert(
      JsonValue json, Type type, String path, List<FieldError> errors, int depth) {
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        errors.add(new FieldError(path, "is required"));
      }
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      return convertGeneric(json, parameterized, path, errors, depth);
    }
    Class<?> target = (Class<?>) type;
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
    if (target.isEnum()) {
      return enumeration(json, target, path, errors);
    }
    if (target.isRecord()) {
      return record(json, target, path, errors, depth);
    }
    if (target == Object.class) {
      return freeForm(json, path, errors, depth);
    }
    throw new IllegalArgumentException("cannot bind JSON onto " + type);
  }

  private static Object convertGeneric(
      JsonValue json, ParameterizedType type, String path, List<FieldError> errors, int depth) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type argument = type.getActualTypeArguments()[type.getActualTypeArguments().length - 1];
    if (raw == List.class || raw == Set.class) {
      if (!(json instanceof JsonArray array)) {
        return mismatch(path, "an array", errors);
      }
      Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        items.add(convert(array.get(i), argument, path + "[" + i + "]", errors, depth + 1));
      }
      return items;
    }
    if (raw == Map.class) {
      if (!(json instanceof JsonObject object)) {
        return mismatch(path, "an object", errors);
      }
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach(
          (key, member) ->
              map.put(key, convert(member, argument, child(path, key), errors, depth + 1)));
      return map;
    }
    throw new IllegalArgumentException("cannot bind JSON onto " + type);
  }

  private static Object record(
      JsonValue json, Class<?> type, String path, List<FieldError> errors, int depth) {
    if (!(json instanceof JsonObject object)) {
      return mismatch(path, "an object", errors);
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> names =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    int errorsBefore = errors.size();
    object.keySet().stream()
        .filter(key -> !names.contains(key))
        .sorted()
        .forEach(
            key ->
                errors.add(
                    new FieldError(
                        child(path, key),
                        "unknown field; allowed fields: "
                            + names.stream().sorted().collect(Collectors.joining(", ")))));
    Object[] arguments = new Object[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      arguments[i] =
          convert(
              object.get(component.getName()),
              component.getGenericType(),
              child(path, component.getName()),
              errors,
              depth + 1);
    }
    if (errors.size() > errorsBefore) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        errors.add(new FieldError(path, invalid.getMessage()));
        return null;
      }
      throw new IllegalStateException("cannot create " + type, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type, e);
    }
  }

  private static Object enumeration(
      JsonValue json, Class<?> type, String path, List<FieldError> errors) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<? extends Enum> enumType = (Class<? extends Enum>) type;
    @SuppressWarnings("unchecked")
    String allowed = WireNames.allowed((Class<? extends Enum<?>>) type);
    if (json instanceof JsonString text) {
      @SuppressWarnings("unchecked")
      var constant = WireNames.parse(enumType, text.getString());
      if (constant.isPresent()) {
        return constant.get();
      }
    }
    errors.add(new FieldError(path, "must be one of: " + allowed));
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
        return Timestamps.normalize(OffsetDateTime.parse(text.getString()).toInstant());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    errors.add(
        new FieldError(path, "must be an ISO 8601 instant with offset, e.g. 2026-11-21T09:30:00Z"));
    return null;
  }

  /** Free-form JSON as plain Java: Map, List, String, Long or BigDecimal, Boolean, null. */
  private static Object freeForm(JsonValue json, String path, List<FieldError> errors, int depth) {
    if (depth > MAX_DEPTH) {
      errors.add(new FieldError(path, "nests deeper than " + MAX_DEPTH + " levels"));
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

  private static Object mismatch(String path, String expected, List<FieldError> errors) {
    errors.add(new FieldError(path, "must be " + expected));
    return null;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
