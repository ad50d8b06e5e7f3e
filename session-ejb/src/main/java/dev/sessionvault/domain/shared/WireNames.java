package dev.sessionvault.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enumerations travel as lowercase names ({@code in_progress}) in JSON, in query parameters and in
 * database columns; Java keeps its constant style. This is the one place that maps between the two.
 */
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wireName) {
    if (wireName == null) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(wireName)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The allowed values, for error messages: {@code "pending, in_progress, completed"}. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireNames::of)
        .collect(Collectors.joining(", "));
  }
}
