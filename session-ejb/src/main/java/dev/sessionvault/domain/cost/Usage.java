package dev.sessionvault.domain.cost;

/**
 * The tokens of one model call, each kind once: {@code input} excludes cached input ({@code
 * cacheRead}) and cache writes; {@code cacheWrite1h} is the part of {@code cacheWrite} written for
 * an hour (the rest for five minutes); {@code output} includes reasoning.
 */
public record Usage(long input, long output, long cacheRead, long cacheWrite, long cacheWrite1h) {

  public Usage {
    if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0 || cacheWrite1h < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
    if (cacheWrite1h > cacheWrite) {
      throw new IllegalArgumentException("1-hour cache writes are part of the cache writes");
    }
  }

  /** Every input token the request had: what decides a long-context price. */
  public long promptTokens() {
    return input + cacheRead + cacheWrite;
  }
}
