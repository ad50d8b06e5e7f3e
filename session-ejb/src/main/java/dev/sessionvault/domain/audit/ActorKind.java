package dev.sessionvault.domain.audit;

/** Who acted: a person, an API key, or nobody yet known (a failed sign-in). */
public enum ActorKind {
  USER,
  KEY,
  ANONYMOUS
}
