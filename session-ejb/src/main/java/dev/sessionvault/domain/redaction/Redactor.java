package dev.sessionvault.domain.redaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces secrets in text with {@code [REDACTED:<detector>]} and counts them. Immutable and
 * thread-safe. Detectors run in order, each over the previous one's output; a marker is never
 * matched again, so redacting twice changes nothing. Most text holds no hint of any detector and is
 * returned as it is, the same instance.
 */
public final class Redactor {
  private final List<Detector> detectors;

  public Redactor(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** The built-in detectors only. */
  public static Redactor builtIn() {
    return new Redactor(Detectors.builtIn());
  }

  public List<Detector> detectors() {
    return detectors;
  }

  /** The text without its secrets; the same instance when it held none. */
  public String redact(String text, RedactionCounts counts) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String lowerCase = text.toLowerCase(Locale.ROOT);
    String result = text;
    for (Detector detector : detectors) {
      if (detector.mayMatch(result, lowerCase)) {
        String redacted = detector.redact(result, counts);
        if (redacted != result) {
          result = redacted;
          lowerCase = result.toLowerCase(Locale.ROOT);
        }
      }
    }
    return result;
  }

  /**
   * A JSON-like value (maps, lists, strings, numbers, booleans, null) with every string value
   * redacted (keys are names, not content); the same instance when nothing changed.
   */
  public Object redactValue(Object value, RedactionCounts counts) {
    if (value instanceof String text) {
      return redact(text, counts);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object redacted = redactValue(entry.getValue(), counts);
        if (redacted != entry.getValue() && copy == null) {
          copy = new LinkedHashMap<>(map);
        }
        if (copy != null) {
          copy.put(entry.getKey(), redacted);
        }
      }
      return copy == null ? map : copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = null;
      for (int i = 0; i < list.size(); i++) {
        Object redacted = redactValue(list.get(i), counts);
        if (redacted != list.get(i) && copy == null) {
          copy = new ArrayList<>(list);
        }
        if (copy != null) {
          copy.set(i, redacted);
        }
      }
      return copy == null ? list : copy;
    }
    return value;
  }
}
