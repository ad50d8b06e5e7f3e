package dev.sessionvault.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.ManualClock;
import dev.sessionvault.domain.identity.AccountRole;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentKeySignInsTest {
  private static final String KEY = "svk_0123456789abcdef";
  private static final String ADDRESS = "10.0.0.7";
  private static final CallerIdentity IDENTITY =
      new CallerIdentity(
          CallerIdentity.Kind.KEY,
          UUID.randomUUID(),
          UUID.randomUUID(),
          AccountRole.MEMBER,
          null,
          false);

  private final ManualClock clock = new ManualClock();
  private final RecentKeySignIns signIns = new RecentKeySignIns(clock);

  @Test
  void theSameKeyFromTheSameAddressWithinTheLifetime() {
    signIns.remember(signIns.generation(), KEY, ADDRESS, IDENTITY, null);
    assertEquals(Optional.of(IDENTITY), signIns.recall(KEY, ADDRESS));
    assertTrue(signIns.recall(KEY + "x", ADDRESS).isEmpty(), "another key");
    assertTrue(signIns.recall(KEY, "10.0.0.8").isEmpty(), "a new client is looked up (audited)");
    clock.advance(RecentKeySignIns.LIFETIME);
    assertTrue(signIns.recall(KEY, ADDRESS).isEmpty(), "one lifetime later");
  }

  @Test
  void neverPastTheKeysOwnExpiry() {
    signIns.remember(signIns.generation(), KEY, ADDRESS, IDENTITY, clock.instant().plusSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertTrue(signIns.recall(KEY, ADDRESS).isEmpty());
  }

  @Test
  void aRevocationForgetsEverySignInAndAnyLookupThatStartedBeforeIt() {
    long before = signIns.generation();
    signIns.remember(before, KEY, ADDRESS, IDENTITY, null);
    signIns.forgetAll();
    assertTrue(signIns.recall(KEY, ADDRESS).isEmpty());
    // a lookup that read the key before the revocation committed
    signIns.remember(before, KEY, ADDRESS, IDENTITY, null);
    assertTrue(signIns.recall(KEY, ADDRESS).isEmpty(), "not remembered: it may be revoked");
  }
}
