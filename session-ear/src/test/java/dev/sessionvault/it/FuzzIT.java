package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.it.fuzz.FuzzReport;
import dev.sessionvault.it.support.EndToEndTest;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated malformed and hostile requests over every endpoint the OpenAPI document
 * lists (issue 12): not one 5xx, every refusal a problem document, the server healthy afterwards
 * and nothing half-written. Seeded and repeatable: {@code -Dfuzz.seed=N -Dfuzz.tries=N} (the suite
 * sends 1,000; {@code bench/fuzz.sh} 10,000).
 */
class FuzzIT extends EndToEndTest {

  @Test
  void hostileRequestsGetClientErrorsAndChangeNothing() throws Exception {
    FuzzReport report = FuzzReport.run();
    assertEquals(0, report.violationCount(), report::violations);
    assertEquals(java.util.List.of(), report.aftermath(), "the state after the run");
  }
}
