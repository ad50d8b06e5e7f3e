package dev.sessionvault.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.identity.ApiKey;
import dev.sessionvault.domain.identity.ApiKeySecret;
import dev.sessionvault.domain.interaction.InteractionContent;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRole;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Instants a client sends are kept to the microsecond, the precision both databases store, so the
 * answer to a write equals what a later read returns.
 */
class StoredPrecisionTest {
  private static final Instant NANOS = Instant.parse("2026-11-21T09:30:00.123456789Z");
  private static final Instant MICROS = Instant.parse("2026-11-21T09:30:00.123456Z");

  @Test
  void messageTimestamp() {
    assertEquals(MICROS, message(NANOS).timestamp());
    assertNull(message(null).timestamp());
  }

  @Test
  void interactionTimes() {
    InteractionContent content = new InteractionContent("ls", null, null, NANOS, NANOS);

    assertEquals(MICROS, content.startedAt());
    assertEquals(MICROS, content.finishedAt());
  }

  @Test
  void apiKeyExpiry() {
    ApiKey key =
        new ApiKey(
            UUID.randomUUID(),
            "ci",
            ApiKeySecret.generate(),
            AccountRole.MEMBER,
            null,
            NANOS,
            "alice",
            Timestamps.now());

    assertEquals(MICROS, key.expiresAt());
  }

  private static MessageContent message(Instant timestamp) {
    return new MessageContent(
        null, null, MessageRole.USER, "hi", null, null, null, null, null, null, timestamp);
  }
}
