package dev.sessionvault.domain.search;

/** What a search hit is: a message of the conversation, a todo item, or a recorded interaction. */
public enum HitKind {
  MESSAGE,
  TODO,
  INTERACTION
}
