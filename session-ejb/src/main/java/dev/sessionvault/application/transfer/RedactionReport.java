package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.redaction.RedactionCounts;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;

/**
 * What the current request's redaction replaced, per detector: the services count into it, and the
 * response says it (names and counts, never the values).
 */
@RequestScoped
public class RedactionReport {
  private final RedactionCounts counts = new RedactionCounts();

  /** The request's counts, to count into. */
  public RedactionCounts counts() {
    return counts;
  }

  /** Detector name to how many it replaced in this request; empty when nothing was. */
  public Map<String, Long> asMap() {
    return counts.asMap();
  }
}
