package dev.sessionvault.application;

/**
 * Whether the application can serve requests: the database answers and holds the default account.
 */
public interface HealthService {
  boolean databaseReady();
}
