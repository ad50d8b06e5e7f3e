package dev.sessionvault.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audit record says, before it takes its place in a chain.
 *
 * @param accountId the account whose chain it joins; null for deployment-wide events (accounts,
 *     reindex, sign-ins that name no account)
 * @param actorRole the role the actor acted in ({@code admin}, …, {@code operator}); null when
 *     unknown
 * @param detail a small JSON object: changed field names, counts; never content or secrets
 */
public record AuditEntry(
    Instant occurredAt,
    UUID accountId,
    ActorKind actorKind,
    UUID actorId,
    String actorRole,
    String action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    String requestId,
    String clientAddress,
    String detail) {
  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actorKind, "actorKind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    detail = detail == null ? "{}" : detail;
  }

  /** The chain this entry joins: its account's, or the deployment's. */
  public String chain() {
    return AuditChain.of(accountId);
  }
}
