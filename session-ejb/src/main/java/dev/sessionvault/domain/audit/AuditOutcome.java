package dev.sessionvault.domain.audit;

/** How the audited operation ended. */
public enum AuditOutcome {
  SUCCESS,
  /** Refused for the caller's role, key restriction or credentials. */
  DENIED,
  /** Attempted but not done: invalid input, a missing resource, a conflict, an error. */
  FAILED
}
