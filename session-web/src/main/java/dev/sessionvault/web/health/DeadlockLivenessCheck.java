package dev.sessionvault.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: a server in that state never recovers by itself and should
 * be restarted. (A slow or unready server is not dead: readiness says that.)
 */
@Liveness
@ApplicationScoped
public class DeadlockLivenessCheck implements HealthCheck {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = threads.findDeadlockedThreads();
    if (deadlocked == null) {
      return HealthCheckResponse.named("threads").up().build();
    }
    return HealthCheckResponse.named("threads")
        .down()
        .withData("reason", deadlocked.length + " threads are deadlocked")
        .build();
  }
}
