package dev.sessionvault.application.command;

import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.search.Facet;
import dev.sessionvault.domain.search.SearchSort;
import dev.sessionvault.domain.session.SessionStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A search as a client asks for it: the query text in the query language (parsed by the service)
 * and the filters, each null for "any"; all given filters must match, so must all tags.
 */
public record SearchRequest(
    String q,
    String agent,
    String model,
    SessionStatus status,
    UUID projectId,
    List<String> tags,
    MessageRole role,
    Instant from,
    Instant to,
    Instant createdFrom,
    Instant createdTo,
    BigDecimal minCost,
    BigDecimal maxCost,
    @NotNull SearchSort sort,
    @Min(1) int page,
    @Min(1) @Max(MAX_PAGE_SIZE) int size,
    @NotNull Set<Facet> facets) {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int DEFAULT_GROUP_PAGE_SIZE = 10;

  public SearchRequest {
    tags = tags == null ? List.of() : List.copyOf(tags);
    facets = facets == null ? Set.of() : Set.copyOf(facets);
  }
}
