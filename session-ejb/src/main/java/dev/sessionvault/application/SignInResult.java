package dev.sessionvault.application;

import java.util.Optional;

/**
 * How a sign-in ended: the caller, a refusal, or a refusal without checking because too many recent
 * attempts failed ({@code retryAfterSeconds} is then positive).
 */
public record SignInResult(CallerIdentity identity, long retryAfterSeconds) {
  public static SignInResult accepted(CallerIdentity identity) {
    return new SignInResult(identity, 0);
  }

  public static SignInResult rejected() {
    return new SignInResult(null, 0);
  }

  public static SignInResult throttled(long retryAfterSeconds) {
    return new SignInResult(null, Math.max(1, retryAfterSeconds));
  }

  public Optional<CallerIdentity> caller() {
    return Optional.ofNullable(identity);
  }

  public boolean throttled() {
    return retryAfterSeconds > 0;
  }
}
