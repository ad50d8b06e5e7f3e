package dev.sessionvault.infrastructure.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.domain.redaction.Detector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionSettingsTest {
  @Test
  void patternsComeFromDottedPropertiesAndEnvironmentVariables() {
    Map<String, String> properties =
        Map.of(
            "sessionvault.redaction.pattern.ticket-secret", "TKT-[0-9]{8}",
            "SESSIONVAULT_REDACTION_PATTERN_INTERNAL_TOKEN", "itk_[a-z0-9]{20}",
            "sessionvault.redaction.pattern.internal.token", "itk_[a-z0-9]{20}",
            "sessionvault.agents", "aider");
    List<Detector> detectors = RedactionSettings.custom(properties.keySet(), properties::get);
    assertEquals(
        List.of("internal-token", "ticket-secret"),
        detectors.stream().map(Detector::name).toList());
    assertEquals("TKT-[0-9]{8}", detectors.get(1).pattern().pattern());
  }

  @Test
  void aBadPatternNamesItsPropertyAndWhatIsWrong() {
    Map<String, String> properties = Map.of("sessionvault.redaction.pattern.broken", "([a-z]");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RedactionSettings.custom(properties.keySet(), properties::get));
    assertTrue(
        e.getMessage().startsWith("sessionvault.redaction.pattern.broken: "), e.getMessage());
    assertTrue(e.getMessage().contains("not a valid regular expression"), e.getMessage());
  }
}
