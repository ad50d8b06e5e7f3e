package dev.sessionvault.application.command;

import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which audit records to read; null fields do not filter.
 *
 * @param accountId operators only: one account's records (without it, operators read every
 *     account's and the deployment's); others may only name their own account
 * @param actorId the person or key that acted
 * @param target the id of the thing acted on
 * @param outcome one of {@link #OUTCOMES}
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
    UUID accountId,
    UUID actorId,
    String action,
    String targetType,
    String target,
    @WireName(AuditOutcome.class) String outcome,
    String requestId,
    Instant from,
    Instant to,
    @Min(1) int page,
    @Min(1) @Max(MAX_PAGE_SIZE) int size) {
  public static final int MAX_PAGE_SIZE = 200;
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The outcomes, by wire name. */
  public static final List<String> OUTCOMES = WireNameValidator.names(AuditOutcome.class);

  /** The outcome filter as the domain's constant; null does not filter. */
  public AuditOutcome outcomeFilter() {
    return WireNames.parse(AuditOutcome.class, outcome).orElse(null);
  }
}
