package dev.sessionvault.domain.audit;

/**
 * Who acted: a person, an API key, nobody yet known (a failed sign-in), or the server itself (its
 * timers: retention, auto-idle).
 */
public enum ActorKind {
  USER,
  KEY,
  ANONYMOUS,
  SYSTEM
}
