package dev.sessionvault.web.api.search;

import dev.sessionvault.application.SearchService;
import dev.sessionvault.application.command.SearchRequest;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.search.SearchSort;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over every session of the account")
public class SearchResource {
  /** Deep pages cost as much as all pages before them: past this, narrow the query instead. */
  static final int MAX_RESULT_WINDOW = 10_000;

  private static final Set<String> PARAMETERS =
      Set.of(
          "q",
          "agent",
          "model",
          "status",
          "projectId",
          "tag",
          "role",
          "from",
          "to",
          "createdFrom",
          "createdTo",
          "minCost",
          "maxCost",
          "sort",
          "page",
          "size",
          "facets",
          "groupBy");

  @Inject SearchService search;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Search messages, todos and interactions: ranked hits with HTML-safe highlights, or"
              + " sessions ranked by their best hits (groupBy=session); see README for the query"
              + " language")
  public Object search(
      @QueryParam("q") String q,
      @QueryParam("agent") String agent,
      @QueryParam("model") String model,
      @QueryParam("status") String status,
      @QueryParam("projectId") String projectId,
      @QueryParam("tag") List<String> tags,
      @QueryParam("role") String role,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("createdFrom") String createdFrom,
      @QueryParam("createdTo") String createdTo,
      @QueryParam("minCost") String minCost,
      @QueryParam("maxCost") String maxCost,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("facets") List<String> facets,
      @QueryParam("groupBy") String groupBy) {
    QueryParams params = new QueryParams(uri.getQueryParameters().keySet(), PARAMETERS);
    boolean bySession =
        params
            .oneOf("groupBy", groupBy, List.of("message", "session"), name -> name, "message")
            .equals("session");
    int pageNumber = params.integer("page", page, 1, 1, Integer.MAX_VALUE);
    int pageSize =
        params.integer(
            "size",
            size,
            bySession ? SearchRequest.DEFAULT_GROUP_PAGE_SIZE : SearchRequest.DEFAULT_PAGE_SIZE,
            1,
            SearchRequest.MAX_PAGE_SIZE);
    if ((long) pageNumber * pageSize > MAX_RESULT_WINDOW) {
      params.add(
          "page",
          "page × size must not exceed " + MAX_RESULT_WINDOW + "; narrow the query or the filters");
    }
    Set<Facet> facetSet = facets(params, facets);
    if (bySession && !facetSet.isEmpty()) {
      params.add("facets", "facets are available on message hits, not with groupBy=session");
    }
    SearchRequest request =
        new SearchRequest(
            q,
            blankToNull(agent),
            blankToNull(model),
            params.enumeration("status", status, SessionStatus.class),
            params.uuid("projectId", projectId),
            params.tags("tag", tags),
            params.enumeration("role", role, MessageRole.class),
            params.instant("from", from),
            params.instant("to", to),
            params.instant("createdFrom", createdFrom),
            params.instant("createdTo", createdTo),
            params.cost("minCost", minCost),
            params.cost("maxCost", maxCost),
            params.oneOf(
                "sort",
                sort,
                Arrays.asList(SearchSort.values()),
                WireNames::of,
                SearchSort.RELEVANCE),
            pageNumber,
            pageSize,
            facetSet);
    params.validate();
    return bySession ? search.searchBySession(request) : search.search(request);
  }

  /** {@code facets=agent,tag&facets=day}, or {@code facets=all}. */
  private static Set<Facet> facets(QueryParams params, List<String> values) {
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    for (String value : values) {
      for (String name : value.split(",", -1)) {
        String trimmed = name.strip();
        if (trimmed.equals("all")) {
          facets.addAll(EnumSet.allOf(Facet.class));
        } else if (WireNames.parse(Facet.class, trimmed).isPresent()) {
          facets.add(WireNames.parse(Facet.class, trimmed).get());
        } else {
          params.add(
              "facets",
              "unknown facet \""
                  + trimmed
                  + "\"; allowed: all, "
                  + WireNames.allowed(Facet.class)
                  + " (comma-separated)");
        }
      }
    }
    return facets;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
