package dev.sessionvault.application;

import java.time.Duration;
import java.util.Map;

/**
 * What operators watch, as the application reports it (infrastructure publishes it as metrics).
 * Request rates and latencies per endpoint come from the server itself.
 */
public interface OperationsMetrics {
  /** The current transaction stored this many messages; counted once it commits. */
  void messagesStored(long count);

  void searched(Duration took);

  /** A retention run moved this many sessions to the trash for this reason (max_age, ...). */
  void retentionDeleted(String reason, long sessions);

  void signInFailed();

  void quotaWarningRaised();

  /** The latest reading of what is stored (taken every few seconds, not per request). */
  void stored(StoredFigures figures);

  /**
   * What the installation stores.
   *
   * @param storageBytesByAccount each account's storage (by account name), as its quota counts it
   * @param indexDocuments documents in the search index
   */
  record StoredFigures(
      long sessions,
      long messages,
      long trashSessions,
      long indexDocuments,
      Map<String, Long> storageBytesByAccount) {}
}
