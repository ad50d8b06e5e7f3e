package dev.sessionvault.application.search;

import dev.sessionvault.application.command.Cost;
import dev.sessionvault.application.command.Tag;
import dev.sessionvault.application.command.WireName;
import dev.sessionvault.application.command.WireNameValidator;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.search.QueryParser;
import dev.sessionvault.domain.search.SearchQuery;
import dev.sessionvault.domain.search.SearchSort;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A search as a client asks for it, from the resource through the service to the index: the query
 * text in the query language and the filters, each null for "any"; all given filters must match, so
 * must all tags. {@code from}/{@code to} bound the hit's time, {@code createdFrom}/{@code
 * createdTo} its session's creation (lower bounds inclusive, upper bounds exclusive); costs bound
 * the session's total cost, both inclusive. Enumerations travel as their wire names; the typed
 * accessors give them back as constants. The web reads every component but the query, sort, paging,
 * facets and grouping as the query parameter of its name, so a filter added here is a filter of the
 * API; the index adds its predicate.
 */
public record SearchRequest(
    String q,
    String agent,
    String model,
    @WireName(SessionStatus.class) String status,
    UUID projectId,
    @Size(max = Tag.MAX_PER_SESSION, message = Tag.TOO_MANY) List<String> tags,
    @WireName(MessageRole.class) String role,
    Instant from,
    Instant to,
    Instant createdFrom,
    Instant createdTo,
    @Cost BigDecimal minCost,
    @Cost BigDecimal maxCost,
    @NotNull @WireName(SearchSort.class) String sort,
    @Min(1) int page,
    @Min(1) @Max(MAX_PAGE_SIZE) int size,
    @NotNull Set<@WireName(Facet.class) String> facets,
    boolean groupedBySession) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int DEFAULT_GROUP_PAGE_SIZE = 10;

  /** Deep pages cost as much as all pages before them: past this, narrow the query instead. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  public static final List<String> STATUSES = WireNameValidator.names(SessionStatus.class);
  public static final List<String> ROLES = WireNameValidator.names(MessageRole.class);
  public static final List<String> SORTS = WireNameValidator.names(SearchSort.class);
  public static final List<String> FACETS = WireNameValidator.names(Facet.class);
  public static final String DEFAULT_SORT = WireNames.of(SearchSort.RELEVANCE);

  public SearchRequest {
    tags = tags == null ? List.of() : List.copyOf(tags);
    facets = facets == null ? Set.of() : Set.copyOf(facets);
  }

  /** The same search within one project (a project-restricted caller's scope). */
  public SearchRequest withProjectId(UUID project) {
    return new SearchRequest(
        q,
        agent,
        model,
        status,
        project,
        tags,
        role,
        from,
        to,
        createdFrom,
        createdTo,
        minCost,
        maxCost,
        sort,
        page,
        size,
        facets,
        groupedBySession);
  }

  /** The parsed query; a malformed one fails with the position of the problem. */
  public SearchQuery query() {
    return QueryParser.parse(q);
  }

  public Optional<SessionStatus> statusFilter() {
    return WireNames.parse(SessionStatus.class, status);
  }

  public Optional<MessageRole> roleFilter() {
    return WireNames.parse(MessageRole.class, role);
  }

  public SearchSort sortOrder() {
    return WireNames.parse(SearchSort.class, sort).orElse(SearchSort.RELEVANCE);
  }

  /** The facets asked for, in the order the answer lists them. */
  public Set<Facet> facetSet() {
    Set<Facet> set = EnumSet.noneOf(Facet.class);
    facets.forEach(name -> WireNames.parse(Facet.class, name).ifPresent(set::add));
    return set;
  }

  public PageRequest pageRequest() {
    return new PageRequest(page, size);
  }

  /** How many pages of this request's size {@code total} items fill. */
  public long pageCount(long total) {
    return (total + size - 1) / size;
  }

  @AssertTrue(message = "page × size must not exceed " + MAX_RESULT_WINDOW)
  public boolean isWithinResultWindow() {
    return (long) page * size <= MAX_RESULT_WINDOW;
  }

  @AssertTrue(message = "facets are available on message hits, not with groupBy=session")
  public boolean isFacetedOnlyWithoutGrouping() {
    return !groupedBySession || facets.isEmpty();
  }
}
