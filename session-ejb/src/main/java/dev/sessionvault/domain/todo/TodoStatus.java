package dev.sessionvault.domain.todo;

/** Progress of one todo item. */
public enum TodoStatus {
  PENDING,
  IN_PROGRESS,
  COMPLETED;

  /** Pending and in-progress items count as active. */
  public boolean isActive() {
    return this != COMPLETED;
  }
}
