package dev.sessionvault.web.api.http;

import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed query parameters with errors that name the parameter. A typo must not silently widen a
 * query, so unknown parameter names are rejected too. Collects every problem, then fails once.
 */
public final class QueryParams {
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final List<FieldError> errors = new ArrayList<>();

  public QueryParams(Collection<String> given, Set<String> known) {
    Set<String> allowed = new TreeSet<>(known);
    for (String name : new TreeSet<>(given)) {
      if (!known.contains(name)) {
        errors.add(
            new FieldError(
                name, "unknown query parameter; allowed: " + String.join(", ", allowed)));
      }
    }
  }

  public int integer(String name, String value, int defaultValue, int min, int max) {
    Long parsed = parse(name, value, Long::valueOf, "an integer");
    if (parsed == null) {
      return defaultValue;
    }
    if (parsed < min || parsed > max) {
      errors.add(new FieldError(name, "must be between " + min + " and " + max));
      return defaultValue;
    }
    return parsed.intValue();
  }

  public long longValue(String name, String value, long defaultValue, long min) {
    Long parsed = parse(name, value, Long::valueOf, "an integer");
    if (parsed == null) {
      return defaultValue;
    }
    if (parsed < min) {
      errors.add(new FieldError(name, "must be at least " + min));
      return defaultValue;
    }
    return parsed;
  }

  public Instant instant(String name, String value) {
    return parse(
        name,
        value,
        text -> OffsetDateTime.parse(text).toInstant(),
        "an ISO 8601 instant with offset, e.g. 2026-11-21T09:30:00Z");
  }

  /** {@code true} or {@code false}; absent is the default. */
  public boolean bool(String name, String value, boolean defaultValue) {
    return oneOf(name, value, List.of(true, false), String::valueOf, defaultValue);
  }

  public BigDecimal decimal(String name, String value) {
    return parse(name, value, BigDecimal::new, "a decimal number");
  }

  public UUID uuid(String name, String value) {
    return parse(
        name,
        value,
        text -> {
          if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
          }
          return UUID.fromString(text);
        },
        "a UUID");
  }

  /**
   * A name from a fixed list, e.g. a status by wire name (query records publish their allowed
   * names); null when absent or not allowed.
   */
  public String oneOf(String name, String value, List<String> allowed) {
    return oneOf(name, value, allowed, String::valueOf, null);
  }

  /** A value from a fixed list, e.g. a sort field. */
  public <T> T oneOf(
      String name, String value, List<T> values, Function<T, String> names, T fallback) {
    if (value == null) {
      return fallback;
    }
    for (T candidate : values) {
      if (names.apply(candidate).equals(value)) {
        return candidate;
      }
    }
    errors.add(
        new FieldError(
            name, "must be one of: " + String.join(", ", values.stream().map(names).toList())));
    return fallback;
  }

  public void add(String name, String message) {
    errors.add(new FieldError(name, message));
  }

  /** Fails with every problem found so far. */
  public void validate() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private <T> T parse(String name, String value, Function<String, T> parser, String expected) {
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      errors.add(new FieldError(name, "must be " + expected));
      return null;
    }
  }
}
