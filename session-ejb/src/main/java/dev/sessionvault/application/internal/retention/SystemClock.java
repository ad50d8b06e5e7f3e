package dev.sessionvault.application.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock retention and auto-idle read: the system's, unless a test deploys another. */
@ApplicationScoped
public class SystemClock {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
