package dev.sessionvault.web.health;

import dev.sessionvault.application.HealthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: a started app with a broken persistence unit is not ready. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Inject HealthService health;

  @Override
  public HealthCheckResponse call() {
    try {
      if (health.databaseReady()) {
        return HealthCheckResponse.named("database").up().build();
      }
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", "the default account is missing: the schema is not in place")
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("reason", "the database does not answer: " + rootCause(e))
          .build();
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName();
  }
}
