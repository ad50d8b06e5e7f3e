package dev.sessionvault.web.api.search;

import dev.sessionvault.application.search.SearchRequest;
import dev.sessionvault.application.search.SearchService;
import dev.sessionvault.application.view.search.SearchResultView;
import dev.sessionvault.application.view.search.SessionSearchResultView;
import dev.sessionvault.web.api.http.FilterParameters;
import dev.sessionvault.web.api.http.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The search endpoint. It reads the query, paging, sorting, facets and grouping itself; every other
 * component of {@link SearchRequest} is a filter parameter read from the record ({@link #FILTERS}),
 * so a new filter is a component of the request and a predicate of the index, nothing here.
 */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over every session of the account")
public class SearchResource {
  /** The filters: the components of the request that the method below does not read itself. */
  public static final FilterParameters<SearchRequest> FILTERS =
      new FilterParameters<>(
          SearchRequest.class, Set.of("q", "sort", "page", "size", "facets", "groupedBySession"));

  /** The filters and the {@code @QueryParam}s below: any other parameter is a typo. */
  private static final Set<String> PARAMETERS = queryParameterNames();

  private static final List<String> GROUPINGS = List.of("message", "session");

  @Inject SearchService search;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Search messages, todos and interactions: ranked hits with HTML-safe highlights, or"
              + " sessions ranked by their best hits (groupBy=session); see README for the query"
              + " language")
  @APIResponse(
      responseCode = "200",
      description = "Hits, or with groupBy=session the sessions with their best hits",
      content =
          @Content(
              schema = @Schema(oneOf = {SearchResultView.class, SessionSearchResultView.class})))
  public Object search(
      @QueryParam("q") String q,
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
    Map<String, Object> request = FILTERS.read(uri.getQueryParameters(), params, validator);
    request.put("q", q);
    request.put(
        "sort",
        params.oneOf("sort", sort, SearchRequest.SORTS, name -> name, SearchRequest.DEFAULT_SORT));
    request.put("page", pageNumber);
    request.put("size", pageSize);
    request.put("facets", facetNames);
    request.put("groupedBySession", bySession);
    params.validate();
    return search.search(FILTERS.create(request));
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

  private static Set<String> queryParameterNames() {
    Stream<String> declared =
        Arrays.stream(SearchResource.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(GET.class))
            .flatMap(method -> Arrays.stream(method.getParameters()))
            .map(parameter -> parameter.getAnnotation(QueryParam.class))
            .filter(Objects::nonNull)
            .map(QueryParam::value);
    return Stream.concat(declared, FILTERS.names().stream())
        .collect(Collectors.toUnmodifiableSet());
  }
}
