package dev.sessionvault.application.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final ManualClock clock = new ManualClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void theFirstFailuresCostNothing() {
    for (int i = 1; i < SignInThrottle.FREE_FAILURES; i++) {
      assertFalse(throttle.failed("user:ann"));
      assertEquals(0, throttle.waitSeconds("user:ann"));
    }
  }

  @Test
  void thenEachFailureDoublesTheWait() {
    for (int i = 1; i < SignInThrottle.FREE_FAILURES; i++) {
      throttle.failed("user:ann");
    }
    assertTrue(throttle.failed("user:ann"));
    assertEquals(1, throttle.waitSeconds("user:ann"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(0, throttle.waitSeconds("user:ann"));
    throttle.failed("user:ann");
    assertEquals(2, throttle.waitSeconds("user:ann"));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("user:ann");
    assertEquals(4, throttle.waitSeconds("user:ann"));
  }

  @Test
  void theWaitIsCapped() {
    assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(1000));
    assertEquals(Duration.ZERO, SignInThrottle.delayAfter(SignInThrottle.FREE_FAILURES - 1));
  }

  @Test
  void eitherSubjectThrottles() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      throttle.failed("user:ann", "client:10.0.0.1");
    }
    assertTrue(throttle.waitSeconds("user:bob", "client:10.0.0.1") > 0, "the same client");
    assertTrue(throttle.waitSeconds("user:ann", "client:10.0.0.2") > 0, "the same person");
    assertEquals(0, throttle.waitSeconds("user:bob", "client:10.0.0.2"));
  }

  @Test
  void aSuccessClearsTheCount() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      throttle.failed("user:ann");
    }
    throttle.succeeded("user:ann");
    assertEquals(0, throttle.waitSeconds("user:ann"));
    assertFalse(throttle.failed("user:ann"));
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    for (int i = 1; i < SignInThrottle.FREE_FAILURES; i++) {
      throttle.failed("user:ann");
    }
    clock.advance(SignInThrottle.WINDOW.plusSeconds(1));
    assertFalse(throttle.failed("user:ann"), "counting starts again");
  }
}
