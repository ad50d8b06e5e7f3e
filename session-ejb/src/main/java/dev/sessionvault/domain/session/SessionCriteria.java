package dev.sessionvault.domain.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Filters of a session listing; null means "any". All given filters must match; so must all tags.
 * {@code parentId} lists a session's sub-agents and forks.
 */
public record SessionCriteria(
    SessionStatus status,
    String agent,
    String model,
    UUID projectId,
    UUID parentId,
    List<String> tags,
    Instant createdFrom,
    Instant createdTo,
    Instant updatedFrom,
    Instant updatedTo,
    BigDecimal minCost,
    BigDecimal maxCost) {

  public SessionCriteria {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public SessionCriteria withProjectId(UUID project) {
    return new SessionCriteria(
        status,
        agent,
        model,
        project,
        parentId,
        tags,
        createdFrom,
        createdTo,
        updatedFrom,
        updatedTo,
        minCost,
        maxCost);
  }
}
