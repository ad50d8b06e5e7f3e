package dev.sessionvault.domain.identity;

/**
 * A person's or a key's role in one account. The names are also the Jakarta Security roles the
 * services allow ({@link Roles}).
 */
public enum AccountRole {
  /**
   * Manages the account's people, keys, projects, retention and audit; reads and writes sessions.
   */
  ADMIN,
  /** Reads and writes sessions. */
  MEMBER,
  /** Reads sessions. */
  VIEWER,
  /** Reads the audit log, nothing else. */
  AUDITOR
}
