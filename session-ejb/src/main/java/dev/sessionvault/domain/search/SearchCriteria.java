package dev.sessionvault.domain.search;

import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.session.SessionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to search for: the parsed query and the filters, all of which must match; null means "any".
 * {@code from}/{@code to} bound the message time, {@code createdFrom}/{@code createdTo} the
 * session's creation (lower bounds inclusive, upper bounds exclusive); costs are the session's
 * total cost, both bounds inclusive.
 */
public record SearchCriteria(
    SearchQuery query,
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
    BigDecimal maxCost) {

  public SearchCriteria {
    query = query == null ? new SearchQuery.Everything() : query;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
