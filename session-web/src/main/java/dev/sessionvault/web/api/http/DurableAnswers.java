package dev.sessionvault.web.api.http;

import dev.sessionvault.application.CommitDurability;
import dev.sessionvault.application.search.IndexFreshness;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Answers a request that may have written only once what it committed is on disk: the service's
 * transaction committed when it returned, before this filter runs and before a byte of the answer
 * is written. Failed requests pass here too (their audit record was committed). A successful write
 * is then held while search trails the database by more than {@link IndexFreshness#BOUND}, so that
 * writers take the pace of indexing.
 */
@Provider
public class DurableAnswers implements ContainerResponseFilter {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject CommitDurability durability;
  @Inject IndexFreshness freshness;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!READS.contains(request.getMethod())) {
      durability.awaitDurable();
      if (response.getStatus() < 300) {
        freshness.awaitWithinBound();
      }
    }
  }
}
