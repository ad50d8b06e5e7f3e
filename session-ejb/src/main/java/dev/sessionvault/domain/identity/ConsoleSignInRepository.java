package dev.sessionvault.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Console sign-ins, found by their token's hash. */
public interface ConsoleSignInRepository {
  void add(ConsoleSignIn signIn);

  Optional<ConsoleSignIn> findByTokenHash(String tokenHash);

  /** Deletes sign-ins that expired before the given time; returns how many. */
  int deleteExpiredBefore(Instant time);
}
