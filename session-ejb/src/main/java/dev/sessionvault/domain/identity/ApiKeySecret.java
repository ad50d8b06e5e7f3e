package dev.sessionvault.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API key: {@code svk_} and 43 URL-safe characters (256 random bits). Shown once;
 * stored as its SHA-256, which is enough for a random secret of that length (no dictionary to try)
 * and lets a request find its key with one index lookup, where a slow salted hash could not.
 */
public record ApiKeySecret(String value) {
  public static final String PREFIX = "svk_";

  /** How much of the key listings show, to tell keys apart. */
  static final int SHOWN_LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  public static ApiKeySecret generate() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
  }

  /** Whether a bearer token has the shape of a key, before anything is looked up. */
  public static boolean looksLikeKey(String token) {
    return token != null
        && token.startsWith(PREFIX)
        && token.length() == PREFIX.length() + 43
        && token.chars().skip(PREFIX.length()).allMatch(ApiKeySecret::isUrlSafe);
  }

  private static boolean isUrlSafe(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  public String prefix() {
    return value.substring(0, SHOWN_LENGTH);
  }

  public String hash() {
    return hashOf(value);
  }

  public static String hashOf(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the secret itself: records print in logs. */
  @Override
  public String toString() {
    return "ApiKeySecret[" + prefix() + "…]";
  }
}
