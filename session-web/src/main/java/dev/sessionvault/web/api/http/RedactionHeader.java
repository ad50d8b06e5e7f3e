package dev.sessionvault.web.api.http;

import dev.sessionvault.application.transfer.RedactionReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tells a client that secrets were taken out of what it sent: {@code Session-Vault-Redactions:
 * github-token=2, jwt=1} on a successful answer (kinds and counts, never the values).
 */
@Provider
public class RedactionHeader implements ContainerResponseFilter {
  public static final String NAME = "Session-Vault-Redactions";

  @Inject RedactionReport report;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 300) {
      return;
    }
    Map<String, Long> counts = report.asMap();
    if (!counts.isEmpty()) {
      response
          .getHeaders()
          .putSingle(
              NAME,
              counts.entrySet().stream()
                  .map(entry -> entry.getKey() + "=" + entry.getValue())
                  .collect(Collectors.joining(", ")));
    }
  }
}
