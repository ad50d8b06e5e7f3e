package dev.sessionvault.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {
  @Test
  void aGeneratedKeyHasTheKeyShapeAndIsNeverRepeated() {
    ApiKeySecret one = ApiKeySecret.generate();
    ApiKeySecret other = ApiKeySecret.generate();
    assertTrue(ApiKeySecret.looksLikeKey(one.value()), one.value());
    assertEquals(47, one.value().length());
    assertNotEquals(one.value(), other.value());
  }

  @Test
  void tokensOfAnotherShapeAreNotKeys() {
    String key = ApiKeySecret.generate().value();
    assertFalse(ApiKeySecret.looksLikeKey(null));
    assertFalse(ApiKeySecret.looksLikeKey(key.substring(1)));
    assertFalse(ApiKeySecret.looksLikeKey(key + "x"));
    assertFalse(ApiKeySecret.looksLikeKey("svk_" + "a".repeat(42) + "="));
    assertFalse(ApiKeySecret.looksLikeKey("xyz_" + key.substring(4)));
  }

  @Test
  void theHashIsTheSha256OfTheWholeKeyAndThePrefixItsStart() {
    ApiKeySecret secret = new ApiKeySecret("svk_" + "A".repeat(43));
    // printf 'svk_AAA…' | sha256sum
    assertEquals("c08397fa30ed0e256ae31447afe74c88124379041738642550d9aeacf8f9bed1", secret.hash());
    assertEquals(64, secret.hash().length());
    assertTrue(secret.hash().matches("[0-9a-f]{64}"));
    assertNotEquals(secret.hash(), new ApiKeySecret("svk_" + "A".repeat(42) + "B").hash());
    assertEquals("svk_AAAAAAAA", secret.prefix());
  }

  @Test
  void theSecretNeverPrints() {
    ApiKeySecret secret = ApiKeySecret.generate();
    assertFalse(secret.toString().contains(secret.value().substring(ApiKeySecret.SHOWN_LENGTH)));
  }

  @Test
  void aKeyIsUsableUntilItExpiresOrIsRevoked() {
    Instant now = Instant.parse("2026-11-21T12:00:00Z");
    ApiKey expiring = key(AccountRole.MEMBER, now.plusSeconds(60), now);
    assertTrue(expiring.isUsableAt(now));
    assertFalse(expiring.isUsableAt(now.plusSeconds(60)));

    ApiKey revoked = key(AccountRole.MEMBER, null, now);
    assertTrue(revoked.isUsableAt(now.plusSeconds(3600 * 24 * 365)));
    revoked.revoke(now);
    assertFalse(revoked.isUsableAt(now));
  }

  @Test
  void aUseFromAnotherAddressIsANewClient() {
    Instant now = Instant.parse("2026-11-21T12:00:00Z");
    ApiKey key = key(AccountRole.VIEWER, null, now);
    assertTrue(key.recordUse(now, "10.0.0.1"));
    assertFalse(key.recordUse(now, "10.0.0.1"));
    assertTrue(key.recordUse(now, "10.0.0.2"));
  }

  private static ApiKey key(AccountRole role, Instant expiresAt, Instant now) {
    return new ApiKey(
        UUID.randomUUID(), "ci", ApiKeySecret.generate(), role, null, expiresAt, "alice", now);
  }
}
