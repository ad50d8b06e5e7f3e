package dev.sessionvault.infrastructure.transfer;

import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the application's views to a JSON generator the way the API answers them: a record's
 * components in declaration order under their names, nulls included, instants and ids as text.
 */
final class JsonValues {
  private JsonValues() {}

  /** A record as an object member ({@code name} null: as an array element or the root). */
  static void writeRecord(JsonGenerator json, String name, Record record, Set<String> skipped) {
    if (name == null) {
      json.writeStartObject();
    } else {
      json.writeStartObject(name);
    }
    writeComponents(json, record, skipped);
    json.writeEnd();
  }

  /** A record's components as members of the object being written. */
  static void writeComponents(JsonGenerator json, Record record, Set<String> skipped) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (!skipped.contains(component.getName())) {
        write(json, component.getName(), valueOf(component, record));
      }
    }
  }

  /** Any value of a view: null, text, number, boolean, instant, id, record, map, list. */
  static void write(JsonGenerator json, String name, Object value) {
    if (value == null) {
      if (name == null) {
        json.writeNull();
      } else {
        json.writeNull(name);
      }
    } else if (value instanceof Record record) {
      writeRecord(json, name, record, Set.of());
    } else if (value instanceof Map<?, ?> map) {
      if (name == null) {
        json.writeStartObject();
      } else {
        json.writeStartObject(name);
      }
      map.forEach((key, member) -> write(json, String.valueOf(key), member));
      json.writeEnd();
    } else if (value instanceof List<?> || value instanceof Set<?>) {
      if (name == null) {
        json.writeStartArray();
      } else {
        json.writeStartArray(name);
      }
      ((Iterable<?>) value).forEach(element -> write(json, null, element));
      json.writeEnd();
    } else {
      writeScalar(json, name, value);
    }
  }

  private static void writeScalar(JsonGenerator json, String name, Object value) {
    if (value instanceof Boolean bool) {
      if (name == null) {
        json.write(bool);
      } else {
        json.write(name, bool);
      }
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      BigDecimal number = new BigDecimal(value.toString());
      if (name == null) {
        json.write(number);
      } else {
        json.write(name, number);
      }
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      long number = ((Number) value).longValue();
      if (name == null) {
        json.write(number);
      } else {
        json.write(name, number);
      }
    } else if (value instanceof Number number) {
      if (name == null) {
        json.write(number.doubleValue());
      } else {
        json.write(name, number.doubleValue());
      }
    } else {
      // instants (ISO 8601), ids, and text itself
      String text = value.toString();
      if (name == null) {
        json.write(text);
      } else {
        json.write(name, text);
      }
    }
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
