package dev.sessionvault.application;

/**
 * Whether the application can serve requests: the database answers and holds the default account,
 * and the search index is not being rebuilt.
 */
public interface HealthService {
  boolean databaseReady();

  /** The search index's state: rebuilding (search answers 503 meanwhile) or serving. */
  IndexHealth indexHealth();

  /**
   * The search index as readiness reports it.
   *
   * @param reason why a rebuild runs (null when none does)
   */
  /**
   * {@code shared}: every node serves the same index (a search cluster), so a rebuild is the whole
   * cluster's condition, not a reason to take this node out of the load balancer.
   */
  record IndexHealth(
      boolean rebuilding, String reason, long done, long total, int percent, boolean shared) {}
}
