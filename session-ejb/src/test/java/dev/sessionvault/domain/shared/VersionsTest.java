package dev.sessionvault.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, Long.MAX_VALUE})
  void withoutIfMatchAnyVersionIsCurrent(long current) {
    assertDoesNotThrow(() -> Versions.requireCurrent("session", OptionalLong.empty(), current));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 7, Long.MAX_VALUE})
  void matchingVersionPasses(long version) {
    assertDoesNotThrow(() -> Versions.requireCurrent("session", OptionalLong.of(version), version));
  }

  @ParameterizedTest
  @CsvSource({"3, 4", "4, 3", "0, 1", "1, 0"})
  void staleOrFutureVersionFailsWithTheCurrentOne(long expected, long current) {
    PreconditionFailedException failed =
        assertThrows(
            PreconditionFailedException.class,
            () -> Versions.requireCurrent("project", OptionalLong.of(expected), current));

    assertEquals(current, failed.currentVersion());
    assertEquals(
        "project was modified: If-Match names version "
            + expected
            + " but the current version is "
            + current
            + "; fetch it again and retry",
        failed.getMessage());
  }
}
