package dev.sessionvault.infrastructure.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries, whose Java types differ between the databases. */
final class SqlValues {
  private SqlValues() {}

  /** A timestamp column's value as an instant; null stays null. */
  static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp " + value.getClass());
  }
}
