package dev.sessionvault.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Console sign-ins, found by their token's hash. */
public interface ConsoleSignInRepository {
  void add(ConsoleSignIn signIn);

  Optional<ConsoleSignIn> findByTokenHash(String tokenHash);

  /**
   * Notes a request of a live sign-in: its last-seen time alone, in one statement, so that a
   * concurrent sign-out or switch is never overwritten.
   */
  void seen(java.util.UUID id, Instant now);

  /** Deletes sign-ins that expired before the given time; returns how many. */
  int deleteExpiredBefore(Instant time);
}
