package dev.sessionvault.domain.redaction;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How many secrets of each kind (detector name) were replaced; never the secrets themselves. */
public final class RedactionCounts {
  private final Map<String, Long> counts = new TreeMap<>();

  public void add(String detector) {
    counts.merge(detector, 1L, Long::sum);
  }

  public void addAll(RedactionCounts other) {
    other.counts.forEach((detector, count) -> counts.merge(detector, count, Long::sum));
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Detector name to count, by name. */
  public Map<String, Long> asMap() {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
