package dev.sessionvault.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which records a query selects; null fields do not filter. {@code allChains} is for operators:
 * every account's records and the deployment's; otherwise only {@code chain}'s.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditCriteria(
    boolean allChains,
    String chain,
    UUID actorId,
    String action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    String requestId,
    Instant from,
    Instant to) {
  public static AuditCriteria ofChain(String chain) {
    return new AuditCriteria(false, chain, null, null, null, null, null, null, null, null);
  }
}
