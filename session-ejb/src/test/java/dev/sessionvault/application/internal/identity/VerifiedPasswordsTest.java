package dev.sessionvault.application.internal.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
  private final ManualClock clock = new ManualClock();
  private final VerifiedPasswords passwords = new VerifiedPasswords(clock);

  @Test
  void onlyTheSamePasswordAgainstTheSameHashWithinTheLifetime() {
    passwords.remember("hash-1", "secret");
    assertTrue(passwords.recentlyVerified("hash-1", "secret"));
    assertFalse(passwords.recentlyVerified("hash-1", "secreT"), "another password");
    assertFalse(passwords.recentlyVerified("hash-2", "secret"), "a changed stored hash");
  }

  @Test
  void entriesExpire() {
    passwords.remember("hash-1", "secret");
    clock.advance(VerifiedPasswords.LIFETIME.minus(Duration.ofSeconds(1)));
    assertTrue(passwords.recentlyVerified("hash-1", "secret"));
    clock.advance(Duration.ofSeconds(1));
    assertFalse(passwords.recentlyVerified("hash-1", "secret"), "one lifetime later");
  }
}
