package dev.sessionvault.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleSignInTest {
  private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  private final ConsoleSignIn signIn =
      new ConsoleSignIn(ConsoleToken.generate(), "user:x", START, Duration.ofHours(12));

  @Test
  void livesWhileUsedAndEndsAfterTheIdleTimeout() {
    assertTrue(signIn.isLiveAt(START.plus(Duration.ofMinutes(29)), IDLE));
    assertFalse(signIn.isLiveAt(START.plus(Duration.ofMinutes(30)), IDLE));
    assertTrue(signIn.isWorthNoting(START.plus(Duration.ofMinutes(20))));
  }

  @Test
  void endsAtItsAbsoluteExpiry() {
    Duration longIdle = Duration.ofDays(1);
    assertTrue(signIn.isLiveAt(START.plus(Duration.ofHours(12)).minusSeconds(1), longIdle));
    assertFalse(signIn.isLiveAt(START.plus(Duration.ofHours(12)), longIdle));
  }

  @Test
  void signOutEndsItAtOnce() {
    signIn.end(START.plusSeconds(5));
    assertFalse(signIn.isLiveAt(START.plusSeconds(6), IDLE));
  }

  @Test
  void aBusyConsoleWritesTheLastSeenTimeAtMostOnceAMinute() {
    assertFalse(signIn.isWorthNoting(START.plusSeconds(59)));
    assertTrue(signIn.isWorthNoting(START.plusSeconds(60)));
  }

  @Test
  void theTokenIsRandomTheCsrfTokenDerivedAndJunkNeverLooksLikeOne() {
    ConsoleToken token = ConsoleToken.generate();
    assertNotEquals(token.value(), ConsoleToken.generate().value());
    assertEquals(43, token.value().length());
    assertTrue(ConsoleToken.looksLikeToken(token.value()));
    assertFalse(ConsoleToken.looksLikeToken(""));
    assertFalse(ConsoleToken.looksLikeToken("a b"));
    assertFalse(ConsoleToken.looksLikeToken("x".repeat(65)));
    assertFalse(ConsoleToken.looksLikeToken(null));
    assertNotEquals(token.value(), token.csrfToken());
    assertEquals(token.csrfToken(), new ConsoleToken(token.value()).csrfToken());
    assertNotEquals(token.csrfToken(), ConsoleToken.generate().csrfToken());
    assertFalse(token.toString().contains(token.value()));
  }
}
