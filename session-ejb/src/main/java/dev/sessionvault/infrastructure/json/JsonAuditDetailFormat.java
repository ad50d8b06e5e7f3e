package dev.sessionvault.infrastructure.json;

import dev.sessionvault.domain.audit.AuditDetailFormat;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit details as compact JSON objects. The text is hashed into the audit chain: changing how a
 * value is written would make new records differ from old ones for the same detail, so keep it.
 */
@ApplicationScoped
public class JsonAuditDetailFormat implements AuditDetailFormat {

  @Override
  public String write(Map<String, ?> detail) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    detail.forEach((name, value) -> add(object, name, value));
    return object.build().toString();
  }

  @Override
  public Map<String, Object> read(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      Map<String, Object> detail = new LinkedHashMap<>();
      reader.readObject().forEach((name, value) -> detail.put(name, plain(value)));
      return detail;
    }
  }

  private static void add(JsonObjectBuilder object, String name, Object value) {
    if (value == null) {
      object.addNull(name);
    } else if (value instanceof Number number) {
      object.add(name, Json.createValue(number.longValue()));
    } else if (value instanceof Boolean bool) {
      object.add(name, bool);
    } else if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      values.forEach(item -> array.add(String.valueOf(item)));
      object.add(name, array);
    } else if (value instanceof Enum<?> constant) {
      object.add(name, WireNames.of(constant));
    } else {
      object.add(name, value.toString());
    }
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> object.put(name, plain(member)));
        yield object;
      }
      case ARRAY -> {
        List<Object> array = new ArrayList<>();
        value.asJsonArray().forEach(item -> array.add(plain(item)));
        yield array;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
