package dev.sessionvault.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Server time at the precision the databases keep (microseconds), so a stored value reads back
 * equal.
 */
public final class Timestamps {
  private Timestamps() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public static Instant normalize(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
