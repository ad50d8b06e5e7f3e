package dev.sessionvault.application.internal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed sign-ins for one person or
 * from one client within {@link #WINDOW}, each further attempt must wait, twice as long after each
 * failure (1 s, 2 s, 4 s, … up to {@link #MAX_DELAY}); a success clears the count. Kept in memory
 * on each server: with several servers an attacker gets each one's allowance, which still leaves
 * guessing hopeless.
 */
@ApplicationScoped
public class SignInThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  /** Beyond this many tracked names and clients, forgotten entries are swept out. */
  private static final int SWEEP_ABOVE = 10_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  /** Seconds until these subjects may try again; 0 when they may try now. */
  public long waitSeconds(String... subjects) {
    Instant now = clock.instant();
    long wait = 0;
    for (String subject : subjects) {
      Failures f = failures.get(subject);
      if (f != null && f.blockedUntil().isAfter(now)) {
        wait = Math.max(wait, (Duration.between(now, f.blockedUntil()).toMillis() + 999) / 1000);
      }
    }
    return wait;
  }

  /** Counts a failed attempt against each subject; true when one of them is now throttled. */
  public boolean failed(String... subjects) {
    Instant now = clock.instant();
    boolean throttled = false;
    for (String subject : subjects) {
      Failures f =
          failures.compute(
              subject,
              (key, before) -> {
                int count =
                    before == null || before.last().plus(WINDOW).isBefore(now)
                        ? 1
                        : before.count() + 1;
                return new Failures(count, now, now.plus(delayAfter(count)));
              });
      throttled |= f.count() >= FREE_FAILURES;
    }
    if (failures.size() > SWEEP_ABOVE) {
      failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
    }
    return throttled;
  }

  public void succeeded(String... subjects) {
    for (String subject : subjects) {
      failures.remove(subject);
    }
  }

  static Duration delayAfter(int failureCount) {
    if (failureCount < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failureCount - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }
}
