package dev.sessionvault.infrastructure.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes an instant as its UTC day ({@code 2026-11-21}): a terms aggregation on that keyword is
 * the per-day histogram of a search's facets.
 */
public class DayBridge implements ValueBridge<Instant, String> {
  static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  @Override
  public String toIndexedValue(Instant value, ValueBridgeToIndexedValueContext context) {
    return value == null ? null : DAY.format(value);
  }
}
