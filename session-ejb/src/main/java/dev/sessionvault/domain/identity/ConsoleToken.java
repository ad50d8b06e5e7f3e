package dev.sessionvault.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a console sign-in, held by the browser in a cookie: 256 random bits, URL-safe. The
 * server keeps its SHA-256 only; the CSRF token the console sends back on every change is derived
 * from it, so a page that cannot read the cookie cannot know it either.
 */
public record ConsoleToken(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_LENGTH = 64;

  public static ConsoleToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new ConsoleToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether a cookie's value could be a token at all (so junk never reaches the database). */
  public static boolean looksLikeToken(String value) {
    return value != null
        && !value.isEmpty()
        && value.length() <= MAX_LENGTH
        && value.chars().allMatch(ConsoleToken::isUrlSafe);
  }

  public String hash() {
    return ApiKeySecret.hashOf(value);
  }

  /** The token the console must send in the CSRF header with every change. */
  public String csrfToken() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + value));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static boolean isUrlSafe(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  /** Never the secret itself: records print in logs. */
  @Override
  public String toString() {
    return "ConsoleToken[…]";
  }
}
