package dev.sessionvault.application.command.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.session.SessionConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionConfigInputTest {
  private static final String FEATURE_MESSAGE =
      "must be 1-64 characters of lowercase letters, digits, '.', '_', ':' or '-'";

  private static SessionConfigInput features(List<String> features) {
    return new SessionConfigInput(null, null, null, features);
  }

  @Test
  void everyMemberIsOptional() {
    assertEquals(Set.of(), Violations.of(new SessionConfigInput(null, null, null, null)));
  }

  @ParameterizedTest
  @CsvSource({
    "1, ''",
    "10000000, ''",
    "0, maxMessages @Min",
    "-5, maxMessages @Min",
    "10000001, maxMessages @Max",
  })
  void maxMessagesIsBetween1And10Million(int value, String violation) {
    assertEquals(
        violation.isEmpty() ? Set.of() : Set.of(violation),
        Violations.of(new SessionConfigInput(value, null, null, null)));
  }

  @ParameterizedTest
  @CsvSource({
    "1, ''",
    "525600, ''",
    "0, idleTimeoutMinutes @Min",
    "525601, idleTimeoutMinutes @Max",
  })
  void idleTimeoutIsAtMostAYearInMinutes(int value, String violation) {
    assertEquals(
        violation.isEmpty() ? Set.of() : Set.of(violation),
        Violations.of(new SessionConfigInput(null, value, null, null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "mcp", "mcp:github", "x.y_z-1", "0day"})
  void acceptsWellFormedFeatures(String feature) {
    assertEquals(Set.of(), Violations.of(features(List.of(feature, "f".repeat(64)))));
  }

  @ParameterizedTest
  @EmptySource
  @ValueSource(strings = {"Vision", "-lead", ".lead", ":lead", "has space", "a/b"})
  void rejectsMalformedFeaturesAtTheirIndex(String feature) {
    assertEquals(
        Set.of("features[1]: " + FEATURE_MESSAGE),
        Violations.messages(features(List.of("ok", feature))));
  }

  @Test
  void featuresAreAtMost64Characters() {
    assertEquals(Set.of("features[0] @Pattern"), Violations.of(features(List.of("f".repeat(65)))));
  }

  @Test
  void nullFeatureIsRejected() {
    assertEquals(
        Set.of("features[0] @NotNull"), Violations.of(features(Arrays.asList((String) null))));
  }

  @Test
  void atMost100Features() {
    List<String> hundred = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> "f" + i).toList());
    assertEquals(Set.of(), Violations.of(features(hundred)));

    hundred.add("f100");

    assertEquals(Set.of("features @Size"), Violations.of(features(hundred)));
  }

  @Test
  void convertsToAndFromTheDomain() {
    SessionConfigInput input = new SessionConfigInput(10, 20, false, List.of("a", "b"));

    SessionConfig config = input.toDomain();

    assertEquals(10, config.maxMessages());
    assertEquals(20, config.idleTimeoutMinutes());
    assertEquals(false, config.persistenceEnabled());
    assertEquals(List.of("a", "b"), config.features());
    assertEquals(input, SessionConfigInput.of(config));
    assertEquals(null, SessionConfigInput.of(null));
  }
}
