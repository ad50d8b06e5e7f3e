package dev.sessionvault.infrastructure.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Every caller acts as the {@code default} account (created by the first migration). TODO(issue 4):
 * derive the account from the authenticated principal.
 */
@ApplicationScoped
public class DefaultAccountCallerContext implements CallerContext {
  @Inject AccountRepository accounts;

  private volatile UUID defaultAccount;

  @Override
  public UUID accountId() {
    UUID id = defaultAccount;
    if (id == null) {
      id =
          accounts
              .findByName(Account.DEFAULT_NAME)
              .map(Account::id)
              .orElseThrow(() -> new IllegalStateException("the default account is missing"));
      defaultAccount = id;
    }
    return id;
  }
}
