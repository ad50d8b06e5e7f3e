package dev.sessionvault.web.api.search;

import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.search.SearchService;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over every session of the account")
public class SearchResource {
  /** The names of the {@code @QueryParam}s below: any other parameter is a typo. */
  private static final Set<String> PARAMETERS = queryParameterNames();

  private static final List<String> GROUPINGS = List.of("message", "session");

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
        params.oneOf("groupBy", groupBy, GROUPINGS, name -> name, "message").equals("session");
    int pageNumber = params.integer("page", page, 1, 1, Integer.MAX_VALUE);
    int pageSize =
        params.integer(
            "size",
            size,
            bySession ? SearchRequest.DEFAULT_GROUP_PAGE_SIZE : SearchRequest.DEFAULT_PAGE_SIZE,
            1,
            SearchRequest.MAX_PAGE_SIZE);
    if ((long) pageNumber * pageSize > SearchRequest.MAX_RESULT_WINDOW) {
      params.add(
          "page",
          "page × size must not exceed "
              + SearchRequest.MAX_RESULT_WINDOW
              + "; narrow the query or the filters");
    }
    Set<String> facetNames = facets(params, facets);
    if (bySession && !facetNames.isEmpty()) {
      params.add("facets", "facets are available on message hits, not with groupBy=session");
    }
    SearchRequest request =
        new SearchRequest(
            q,
            blankToNull(agent),
            blankToNull(model),
            params.oneOf("status", status, SearchRequest.STATUSES),
            params.uuid("projectId", projectId),
            params.tags("tag", tags),
            params.oneOf("role", role, SearchRequest.ROLES),
            params.instant("from", from),
            params.instant("to", to),
            params.instant("createdFrom", createdFrom),
            params.instant("createdTo", createdTo),
            params.cost("minCost", minCost),
            params.cost("maxCost", maxCost),
            params.oneOf(
                "sort", sort, SearchRequest.SORTS, name -> name, SearchRequest.DEFAULT_SORT),
            pageNumber,
            pageSize,
            facetNames,
            bySession);
    params.validate();
    return search.search(request);
  }

  /** {@code facets=agent,tag&facets=day}, or {@code facets=all}. */
  private static Set<String> facets(QueryParams params, List<String> values) {
    Set<String> facets = new LinkedHashSet<>();
    for (String value : values) {
      for (String name : value.split(",", -1)) {
        String trimmed = name.strip();
        if (trimmed.equals("all")) {
          facets.addAll(SearchRequest.FACETS);
        } else if (SearchRequest.FACETS.contains(trimmed)) {
          facets.add(trimmed);
        } else {
          params.add(
              "facets",
              "unknown facet \""
                  + trimmed
                  + "\"; allowed: all, "
                  + String.join(", ", SearchRequest.FACETS)
                  + " (comma-separated)");
        }
      }
    }
    return facets;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Set<String> queryParameterNames() {
    return Arrays.stream(SearchResource.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(GET.class))
        .flatMap(method -> Arrays.stream(method.getParameters()))
        .map(parameter -> parameter.getAnnotation(QueryParam.class))
        .filter(Objects::nonNull)
        .map(QueryParam::value)
        .collect(Collectors.toUnmodifiableSet());
  }
}
