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
    boolean up;
    try {
      up = health.databaseReady();
    } catch (RuntimeException e) {
      up = false;
    }
    return HealthCheckResponse.named("database").status(up).build();
  }
}
