package dev.sessionvault.web.api.session;

import dev.sessionvault.application.UsageService;
import dev.sessionvault.application.view.UsageView;
import dev.sessionvault.web.api.http.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tokens and cost of the caller's sessions, summed by day, model or project. */
@Path("/usage")
@RequestScoped
@Tag(name = "Sessions", description = "Sessions of AI coding assistants and their lifecycle")
public class UsageResource {
  private static final Set<String> PARAMETERS = Set.of("by", "from", "to", "projectId");

  @Inject UsageService usage;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Tokens and cost of the messages in [from, to) (default: the last 30 days), by day"
              + " (UTC), model or project, largest cost first (days in order), with the total")
  public UsageView usage(
      @QueryParam("by") String by,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("projectId") String projectId) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), PARAMETERS);
    String grouping =
        params.oneOf("by", by == null ? "day" : by, List.of("day", "model", "project"));
    Instant end = params.instant("to", to);
    Instant start = params.instant("from", from);
    UUID project = params.uuid("projectId", projectId);
    params.validate();
    Instant until = end != null ? end : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant since = start != null ? start : until.minus(Duration.ofDays(30));
    return usage.usage(grouping, since, until, project);
  }
}
