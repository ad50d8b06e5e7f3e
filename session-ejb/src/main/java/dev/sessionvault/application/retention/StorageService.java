package dev.sessionvault.application.retention;

import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.retention.AccountUsageView;
import dev.sessionvault.application.view.retention.StorageUsageView;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** What accounts store, against their quotas. */
public interface StorageService {
  int MAX_PAGE_SIZE = 200;

  /** An account's usage: for its members and operators; another account answers not found. */
  StorageUsageView usage(@NotNull UUID accountId);

  /** Every account with its usage, by name (operators). */
  PageView<AccountUsageView> accounts(int page, int size);

  /**
   * Refuses new content while the caller's account is at its quota; raises the warning when it
   * crosses 80 %. Reads usage at most a few seconds old.
   *
   * @throws dev.sessionvault.domain.retention.StorageQuotaExceededException at the quota
   */
  void requireRoom();
}
