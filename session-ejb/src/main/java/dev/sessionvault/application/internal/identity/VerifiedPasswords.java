package dev.sessionvault.application.internal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes which password matched which stored hash, so that a client sending
 * Basic credentials on every request pays the slow PBKDF2 check once per {@link #LIFETIME}, not per
 * request. Entries are HMACs under a key that exists only in this server's memory (never the
 * password), and they name the stored hash: a changed password no longer matches.
 */
@ApplicationScoped
public class VerifiedPasswords {
  static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  public VerifiedPasswords() {
    this(Clock.systemUTC());
  }

  VerifiedPasswords(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
  }

  /** Whether this password was verified against this stored hash within {@link #LIFETIME}. */
  public boolean recentlyVerified(String storedHash, String password) {
    Instant until = verified.get(entry(storedHash, password));
    return until != null && clock.instant().isBefore(until);
  }

  public void remember(String storedHash, String password) {
    Instant now = clock.instant();
    if (verified.size() >= MAX_ENTRIES) {
      verified.values().removeIf(until -> !now.isBefore(until));
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear(); // a flood of distinct passwords: start over rather than grow
      }
    }
    verified.put(entry(storedHash, password), now.plus(LIFETIME));
  }

  private String entry(String storedHash, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }
}
