package dev.sessionvault.application.identity;

import dev.sessionvault.application.CallerIdentity;
import java.time.Instant;
import java.util.Optional;

/**
 * How a sign-in ended: the caller, a refusal, or a refusal without checking because too many recent
 * attempts failed ({@code retryAfterSeconds} is then positive). An API key's sign-in says until
 * when the key is valid ({@code validUntil}, null for no end).
 */
public record SignInResult(CallerIdentity identity, long retryAfterSeconds, Instant validUntil) {
  public static SignInResult accepted(CallerIdentity identity) {
    return new SignInResult(identity, 0, null);
  }

  public static SignInResult accepted(CallerIdentity identity, Instant validUntil) {
    return new SignInResult(identity, 0, validUntil);
  }

  public static SignInResult rejected() {
    return new SignInResult(null, 0, null);
  }

  public static SignInResult throttled(long retryAfterSeconds) {
    return new SignInResult(null, Math.max(1, retryAfterSeconds), null);
  }

  public Optional<CallerIdentity> caller() {
    return Optional.ofNullable(identity);
  }

  public boolean throttled() {
    return retryAfterSeconds > 0;
  }
}
