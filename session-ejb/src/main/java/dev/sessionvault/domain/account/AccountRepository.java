package dev.sessionvault.domain.account;

import dev.sessionvault.domain.shared.Page;
import dev.sessionvault.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Accounts (tenants). */
public interface AccountRepository {
  void add(Account account);

  Optional<Account> find(UUID id);

  Optional<Account> findByName(String name);

  /** Every account, by name. */
  Page<Account> list(PageRequest page);

  /** Removes the account and its projects; the caller has checked it holds no sessions. */
  void remove(Account account);
}
