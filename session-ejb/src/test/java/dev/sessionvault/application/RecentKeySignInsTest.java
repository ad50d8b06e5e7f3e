package dev.sessionvault.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.domain.identity.AccountRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  private Instant now = Instant.parse("2026-12-04T12:00:00Z");
  private final RecentKeySignIns signIns =
      new RecentKeySignIns(
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }
          });

  @Test
  void theSameKeyFromTheSameAddressWithinTheLifetime() {
    signIns.remember(signIns.generation(), KEY, ADDRESS, IDENTITY, null);
    assertEquals(Optional.of(IDENTITY), signIns.recall(KEY, ADDRESS));
    assertTrue(signIns.recall(KEY + "x", ADDRESS).isEmpty(), "another key");
    assertTrue(signIns.recall(KEY, "10.0.0.8").isEmpty(), "a new client is looked up (audited)");
    now = now.plus(RecentKeySignIns.LIFETIME);
    assertTrue(signIns.recall(KEY, ADDRESS).isEmpty(), "one lifetime later");
  }

  @Test
  void neverPastTheKeysOwnExpiry() {
    signIns.remember(signIns.generation(), KEY, ADDRESS, IDENTITY, now.plusSeconds(2));
    now = now.plus(Duration.ofSeconds(2));
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
