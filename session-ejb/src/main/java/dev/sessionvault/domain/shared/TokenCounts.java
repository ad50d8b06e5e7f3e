package dev.sessionvault.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Token usage of one model call, as the provider reports it. */
@Embeddable
public record TokenCounts(
    @Column(name = "input_tokens", nullable = false) long input,
    @Column(name = "output_tokens", nullable = false) long output,
    @Column(name = "cache_read_tokens", nullable = false) long cacheRead,
    @Column(name = "cache_write_tokens", nullable = false) long cacheWrite) {

  public static final TokenCounts NONE = new TokenCounts(0, 0, 0, 0);

  public TokenCounts {
    if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
  }
}
