package dev.sessionvault.domain.usage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Usage summed over an account's messages. */
public interface UsageRepository {
  /**
   * The usage of the messages of {@code accountId} whose time is in [{@code from}, {@code to}),
   * within {@code projectId} when it is given, by {@code grouping}, largest cost first (days in
   * order).
   */
  /** The same messages' usage in one row (each session counted once). */
  UsageRow total(UUID accountId, UUID projectId, Instant from, Instant to);

  List<UsageRow> sum(
      UUID accountId, UUID projectId, Instant from, Instant to, UsageGrouping grouping);
}
