package dev.sessionvault.infrastructure.redaction;

import dev.sessionvault.domain.redaction.Detector;
import dev.sessionvault.domain.redaction.Detectors;
import dev.sessionvault.domain.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The application's redactor: the built-in detectors, then the deployment's own, one per property
 * {@code sessionvault.redaction.pattern.<name>=<regex>} (as an environment variable {@code
 * SESSIONVAULT_REDACTION_PATTERN_<NAME>}, underscores and dots in the name becoming dashes). Built
 * when the application starts, so that a bad pattern stops the start with a message naming it.
 */
@ApplicationScoped
public class RedactionSettings {
  static final String PREFIX = "sessionvault.redaction.pattern.";
  static final String ENV_PREFIX = "SESSIONVAULT_REDACTION_PATTERN_";

  @Inject Config config;

  private Redactor redactor;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    redactor();
  }

  @Produces
  Redactor produce() {
    return redactor();
  }

  private synchronized Redactor redactor() {
    if (redactor == null) {
      List<Detector> detectors = new ArrayList<>(Detectors.builtIn());
      detectors.addAll(
          custom(config.getPropertyNames(), name -> config.getValue(name, String.class)));
      redactor = new Redactor(detectors);
    }
    return redactor;
  }

  /**
   * The configured detectors, by name, from property names and their values.
   *
   * @throws IllegalArgumentException naming the property of a bad pattern
   */
  static List<Detector> custom(Iterable<String> propertyNames, Function<String, String> value) {
    Map<String, String> patterns = new TreeMap<>();
    for (String property : propertyNames) {
      String name = null;
      if (property.startsWith(PREFIX)) {
        name = property.substring(PREFIX.length());
      } else if (property.startsWith(ENV_PREFIX)) {
        name = property.substring(ENV_PREFIX.length());
      }
      if (name != null) {
        // Liberty also lists an environment variable under a dotted lowercase name
        // (sessionvault.redaction.pattern.ticket.secret): both mean the detector ticket-secret.
        name = name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
      }
      if (name != null) {
        patterns.put(name, property);
      }
    }
    List<Detector> detectors = new ArrayList<>();
    patterns.forEach(
        (name, property) -> {
          try {
            detectors.add(Detector.custom(name, value.apply(property)));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
          }
        });
    return detectors;
  }
}
