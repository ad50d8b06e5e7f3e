package dev.sessionvault.domain.retention;

/** Why a session went to the trash. */
public enum DeletionReason {
  /** Its last activity is older than the policy's maximum age. */
  MAX_AGE,
  /** Newer sessions fill the policy's maximum number. */
  MAX_SESSIONS,
  /** Its scope's storage exceeds the policy's quota and it is among the oldest. */
  QUOTA,
  /** Someone deleted it. */
  DELETED
}
