package dev.sessionvault.web.api.json;

import dev.sessionvault.application.command.FieldEdit;
import dev.sessionvault.application.command.WireName;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Binds JSON documents onto records and back. Unknown fields, wrong JSON types, unknown enumeration
 * values, malformed instants and UUIDs are all reported at once, each with its path ({@code
 * config.maxMessages}, {@code [3].role}, {@code tags[0]}) and the values that would be accepted.
 *
 * <p>Supported member types: String (a {@link WireName} component must name a constant of its
 * enumeration), Integer, Long, BigDecimal, Boolean, Instant, UUID, records, {@code List}/{@code
 * Set} of these, and {@code Map<String, Object>} for free-form JSON objects. A {@link FieldEdit}
 * member binds a merge patch: absent keeps, null clears, a value is bound as its type argument (so
 * edit commands get the same paths and messages).
 */
public final class JsonBinder {
  /** Free-form JSON (metadata, state, blocks) may nest this deep. */
  public static final int MAX_DEPTH = 64;

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
   * Free-form JSON as plain Java (Map, List, String, Long or BigDecimal, Boolean, null), as a
   * {@code Map<String, Object>} member is bound; throws {@link ValidationException} past {@value
   * #MAX_DEPTH} levels.
   */
  public static Object plain(JsonValue json, String path) {
    List<FieldError> errors = new ArrayList<>();
    Object value = JsonScalars.freeForm(json, path, errors, 0);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return value;
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
    if (type instanceof ParameterizedType edit && edit.getRawType() == FieldEdit.class) {
      return json == null
          ? FieldEdit.keep()
          : FieldEdit.set(convert(json, edit.getActualTypeArguments()[0], path, errors, depth));
    }
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
    if (JsonScalars.supports(target)) {
      return JsonScalars.convert(json, target, path, errors, depth);
    }
    if (target.isRecord()) {
      return record(json, target, path, errors, depth);
    }
    throw new IllegalArgumentException("cannot bind JSON onto " + type);
  }

  private static Object convertGeneric(
      JsonValue json, ParameterizedType type, String path, List<FieldError> errors, int depth) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type argument = type.getActualTypeArguments()[type.getActualTypeArguments().length - 1];
    if (raw == List.class || raw == Set.class) {
      if (!(json instanceof JsonArray array)) {
        return JsonScalars.mismatch(path, "an array", errors);
      }
      Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        items.add(convert(array.get(i), argument, path + "[" + i + "]", errors, depth + 1));
      }
      return items;
    }
    if (raw == Map.class) {
      if (!(json instanceof JsonObject object)) {
        return JsonScalars.mismatch(path, "an object", errors);
      }
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach(
          (key, member) ->
              map.put(
                  key, convert(member, argument, JsonScalars.child(path, key), errors, depth + 1)));
      return map;
    }
    throw new IllegalArgumentException("cannot bind JSON onto " + type);
  }

  private static Object record(
      JsonValue json, Class<?> type, String path, List<FieldError> errors, int depth) {
    if (!(json instanceof JsonObject object)) {
      return JsonScalars.mismatch(path, "an object", errors);
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
                        JsonScalars.child(path, key),
                        "unknown field; allowed fields: "
                            + names.stream().sorted().collect(Collectors.joining(", ")))));
    Object[] arguments = new Object[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      JsonValue member = object.get(component.getName());
      String memberPath = JsonScalars.child(path, component.getName());
      WireName wireName = component.getAnnotatedType().getAnnotation(WireName.class);
      arguments[i] =
          wireName == null || member == null || member.getValueType() == JsonValue.ValueType.NULL
              ? convert(member, component.getGenericType(), memberPath, errors, depth + 1)
              : JsonScalars.wireName(member, wireName.value(), memberPath, errors);
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
}
