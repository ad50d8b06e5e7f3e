package dev.sessionvault.application.internal;

import dev.sessionvault.application.HealthService;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.RebuildProgress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
@PermitAll
public class DefaultHealthService implements HealthService {
  @Inject AccountRepository accounts;
  @Inject ConversationIndex index;

  @Override
  public boolean databaseReady() {
    // A real query: Liberty reports an application as started even when its persistence unit
    // failed.
    return accounts.findByName(Account.DEFAULT_NAME).isPresent();
  }

  @Override
  public IndexHealth indexHealth() {
    RebuildProgress progress = index.rebuildProgress();
    return new IndexHealth(
        progress.running(),
        progress.running() ? progress.reason() : null,
        progress.done(),
        progress.total(),
        progress.percent(),
        index.sharedByNodes());
  }
}
