package dev.sessionvault.application.command.session;

import dev.sessionvault.domain.shared.TokenCounts;
import jakarta.validation.constraints.PositiveOrZero;

/** Token usage reported with a message; missing counts are zero. */
public record TokensInput(
    @PositiveOrZero Long input,
    @PositiveOrZero Long output,
    @PositiveOrZero Long cacheRead,
    @PositiveOrZero Long cacheWrite) {

  public TokenCounts toDomain() {
    return new TokenCounts(zero(input), zero(output), zero(cacheRead), zero(cacheWrite));
  }

  private static long zero(Long value) {
    return value == null ? 0 : value;
  }
}
