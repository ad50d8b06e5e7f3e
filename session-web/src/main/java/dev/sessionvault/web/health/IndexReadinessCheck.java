package dev.sessionvault.web.health;

import dev.sessionvault.application.HealthService;
import dev.sessionvault.application.HealthService.IndexHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this node's own search index is rebuilt: search answers 503 until it is done, so
 * a load balancer should send traffic elsewhere. While a search cluster's shared index is rebuilt
 * search answers 503 on every node alike, so the nodes stay ready for everything else. The data
 * says why and how far along it is.
 */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {
  @Inject HealthService health;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index");
    try {
      IndexHealth index = health.indexHealth();
      if (index.rebuilding()) {
        // one node's own index: send traffic to nodes that can search; a shared one: no node can,
        // and taking them all out of the load balancer would stop writes too
        return response
            .status(index.shared())
            .withData("reason", "the search index is being rebuilt: " + index.reason())
            .withData("done", index.done())
            .withData("total", index.total())
            .withData("percent", index.percent())
            .build();
      }
      return response.up().build();
    } catch (RuntimeException e) {
      return response
          .down()
          .withData("reason", "unreadable: " + e.getClass().getSimpleName())
          .build();
    }
  }
}
