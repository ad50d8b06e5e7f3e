package dev.sessionvault.domain.session;

import static dev.sessionvault.domain.session.SessionStatus.ACTIVE;
import static dev.sessionvault.domain.session.SessionStatus.COMPLETED;
import static dev.sessionvault.domain.session.SessionStatus.FAILED;
import static dev.sessionvault.domain.session.SessionStatus.IDLE;
import static dev.sessionvault.domain.session.SessionStatus.INITIALIZING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionStatusTest {
  /** The documented status machine, written out independently of the enum's own table. */
  private static final Map<SessionStatus, Set<SessionStatus>> LEGAL =
      Map.of(
          INITIALIZING, EnumSet.of(ACTIVE, FAILED),
          ACTIVE, EnumSet.of(IDLE, COMPLETED, FAILED),
          IDLE, EnumSet.of(ACTIVE, COMPLETED, FAILED),
          COMPLETED, EnumSet.noneOf(SessionStatus.class),
          FAILED, EnumSet.noneOf(SessionStatus.class));

  static Stream<Arguments> everyOrderedPair() {
    return Stream.of(SessionStatus.values())
        .flatMap(
            from ->
                Stream.of(SessionStatus.values())
                    .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
  }

  @Test
  void theTableAboveCoversEveryStatus() {
    // A new status must be added to LEGAL, or the pair test silently skips it.
    assertEquals(EnumSet.allOf(SessionStatus.class), LEGAL.keySet());
    assertEquals(25, everyOrderedPair().count());
    assertEquals(8, everyOrderedPair().filter(pair -> (boolean) pair.get()[2]).count());
  }

  @ParameterizedTest(name = "{0} -> {1}: legal = {2}")
  @MethodSource("everyOrderedPair")
  void transitionIsLegalExactlyWhenDocumented(SessionStatus from, SessionStatus to, boolean legal) {
    assertEquals(legal, from.canMoveTo(to));
    assertEquals(legal, from.allowedTargets().contains(to));
  }

  @ParameterizedTest
  @CsvSource({
    "INITIALIZING, false",
    "ACTIVE, false",
    "IDLE, false",
    "COMPLETED, true",
    "FAILED, true"
  })
  void onlyCompletedAndFailedAreTerminal(SessionStatus status, boolean terminal) {
    assertEquals(terminal, status.isTerminal());
  }

  @Test
  void newSessionsStartInitializingOrActive() {
    assertEquals(EnumSet.of(INITIALIZING, ACTIVE), SessionStatus.initialStatuses());
  }

  @Test
  void callersCannotAlterTheMachineThroughReturnedSets() {
    ACTIVE.allowedTargets().clear();
    SessionStatus.initialStatuses().add(FAILED);

    assertEquals(EnumSet.of(IDLE, COMPLETED, FAILED), ACTIVE.allowedTargets());
    assertEquals(EnumSet.of(INITIALIZING, ACTIVE), SessionStatus.initialStatuses());
  }
}
