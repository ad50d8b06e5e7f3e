package dev.sessionvault.web.api.http;

import dev.sessionvault.application.command.WireName;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of an application query record as query parameters, read from the record itself: a
 * filter added to the record is a parameter of the API (and of its OpenAPI document) without a
 * change in the web layer. Each component the resource does not read itself is the parameter of the
 * same name; a {@code List} component is the repeated parameter of its singular name ({@code tags}
 * from {@code tag=a&tag=b}). The component's type decides how the text is read (String: trimmed,
 * blank is absent, but a {@link WireName} is taken as given; UUID; Instant; BigDecimal), and its
 * constraints ({@link WireName}, {@code Size}, {@code DecimalMin}...) are checked with their own
 * messages, so that every problem is reported at once under the parameter's name.
 *
 * @param <R> the query record
 */
public final class FilterParameters<R extends Record> {
  private static final Set<Class<?>> SCALARS =
      Set.of(String.class, UUID.class, Instant.class, BigDecimal.class);

  private final Class<R> type;
  private final Map<String, RecordComponent> byParameter = new LinkedHashMap<>();

  /**
   * @param type the query record
   * @param readByResource the components the resource reads itself (paging, sorting, the query)
   */
  public FilterParameters(Class<R> type, Set<String> readByResource) {
    this.type = type;
    for (RecordComponent component : type.getRecordComponents()) {
      if (!readByResource.contains(component.getName())) {
        byParameter.put(parameterName(component), component);
      }
    }
  }

  /** The filters' parameter names, in the record's order. */
  public Set<String> names() {
    return byParameter.keySet();
  }

  /** Whether the parameter repeats (one value per occurrence). */
  public boolean repeated(String parameter) {
    return byParameter.get(parameter).getType() == List.class;
  }

  /**
   * The filters given in {@code query}, by component name (absent ones are null, or empty lists);
   * problems are added to {@code params}.
   */
  public Map<String, Object> read(
      Map<String, List<String>> query, QueryParams params, Validator validator) {
    Map<String, Object> values = new LinkedHashMap<>();
    byParameter.forEach(
        (parameter, component) -> {
          List<String> given = query.getOrDefault(parameter, List.of());
          Object value = parse(parameter, component, given, params);
          if (value != null) {
            check(parameter, component, value, params, validator);
          }
          values.put(component.getName(), value);
        });
    return values;
  }

  /** The record, from every component's value by name (the filters' and the resource's own). */
  public R create(Map<String, Object> values) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      arguments[i] = values.get(components[i].getName());
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getName(), e);
    }
  }

  private static Object parse(
      String parameter, RecordComponent component, List<String> given, QueryParams params) {
    Class<?> kind = component.getType();
    if (kind == List.class) {
      return List.copyOf(given);
    }
    String text = given.isEmpty() ? null : given.get(0);
    if (kind == String.class) {
      if (text == null || component.getAnnotatedType().isAnnotationPresent(WireName.class)) {
        return text;
      }
      return text.isBlank() ? null : text.strip();
    }
    if (kind == UUID.class) {
      return params.uuid(parameter, text);
    }
    if (kind == Instant.class) {
      return params.instant(parameter, text);
    }
    if (kind == BigDecimal.class) {
      return params.decimal(parameter, text);
    }
    throw new IllegalStateException("unchecked filter type: " + component);
  }

  private void check(
      String parameter,
      RecordComponent component,
      Object value,
      QueryParams params,
      Validator validator) {
    Set<ConstraintViolation<R>> violations =
        validator.validateValue(type, component.getName(), value);
    violations.stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .forEach(message -> params.add(parameter, message));
  }

  /**
   * The parameter's name; a type the query string cannot carry is refused here, not per request.
   */
  private static String parameterName(RecordComponent component) {
    String name = component.getName();
    if (component.getType() != List.class) {
      if (!SCALARS.contains(component.getType())) {
        throw new IllegalArgumentException(
            component + ": a filter is a String, UUID, Instant, BigDecimal or List<String>");
      }
      return name;
    }
    if (!(component.getGenericType() instanceof ParameterizedType list)
        || list.getActualTypeArguments()[0] != String.class
        || !name.endsWith("s")) {
      throw new IllegalArgumentException(
          component + ": a repeated filter is a List<String> named in the plural");
    }
    return name.substring(0, name.length() - 1);
  }
}
