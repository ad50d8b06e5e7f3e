package dev.sessionvault.domain.message;

/** Who produced a message. */
public enum MessageRole {
  USER,
  ASSISTANT,
  SYSTEM,
  TOOL
}
