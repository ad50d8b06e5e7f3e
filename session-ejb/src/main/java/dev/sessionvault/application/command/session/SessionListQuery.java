package dev.sessionvault.application.command.session;

import dev.sessionvault.application.command.Cost;
import dev.sessionvault.application.command.Tag;
import dev.sessionvault.application.command.WireName;
import dev.sessionvault.application.command.WireNameValidator;
import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A page of a filtered, sorted session listing; null filters do not filter, all tags must match.
 * The status and the sort field travel by the names clients use ({@link #STATUSES}, {@link
 * #SORTS}); a null sort is {@link #DEFAULT_SORT}. The web reads every component but the sort, order
 * and paging as the query parameter of its name, so a filter added here is a filter of the API; the
 * repository adds its condition.
 */
public record SessionListQuery(
    @WireName(SessionStatus.class) String status,
    String agent,
    String model,
    UUID projectId,
    UUID parentId,
    @Size(max = Tag.MAX_PER_SESSION, message = Tag.TOO_MANY) List<String> tags,
    Instant createdFrom,
    Instant createdTo,
    Instant updatedFrom,
    Instant updatedTo,
    @Cost BigDecimal minCost,
    @Cost BigDecimal maxCost,
    @Pattern(regexp = SORT_PATTERN, message = "must be one of: " + SORT_NAMES) String sort,
    boolean ascending,
    @Min(1) int page,
    @Min(1) @Max(MAX_PAGE_SIZE) int size) {

  public static final int MAX_PAGE_SIZE = 200;
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The session statuses, by wire name. */
  public static final List<String> STATUSES = WireNameValidator.names(SessionStatus.class);

  /** The sortable fields, by the names clients use. */
  public static final List<String> SORTS =
      Arrays.stream(SessionSort.Field.values()).map(SessionSort.Field::apiName).toList();

  public static final String DEFAULT_SORT = SessionSort.NEWEST_FIRST.field().apiName();

  // Annotation values must be constants: SessionListQueryTest checks them against SORTS.
  static final String SORT_NAMES =
      "createdAt, updatedAt, lastActivityAt, totalCostUsd, messageCount, name";
  static final String SORT_PATTERN =
      "createdAt|updatedAt|lastActivityAt|totalCostUsd|messageCount|name";

  /** The filters, for the repository. */
  public SessionCriteria criteria() {
    return new SessionCriteria(
        WireNames.parse(SessionStatus.class, status).orElse(null),
        agent,
        model,
        projectId,
        parentId,
        tags,
        createdFrom,
        createdTo,
        updatedFrom,
        updatedTo,
        minCost,
        maxCost);
  }

  /** The order, for the repository; ties are broken by id. */
  public SessionSort sorting() {
    String name = sort == null ? DEFAULT_SORT : sort;
    SessionSort.Field field =
        Arrays.stream(SessionSort.Field.values())
            .filter(candidate -> candidate.apiName().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown sort field " + name));
    return new SessionSort(field, ascending);
  }
}
