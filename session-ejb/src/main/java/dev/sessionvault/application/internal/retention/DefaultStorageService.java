package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.retention.StorageService;
import dev.sessionvault.application.view.PageView;
import dev.sessionvault.application.view.retention.AccountUsageView;
import dev.sessionvault.application.view.retention.StorageUsageView;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.shared.PageRequest;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

@Stateless
public class DefaultStorageService implements StorageService {
  @Inject CallerContext caller;
  @Inject AccountRepository accounts;
  @Inject RetentionRepository policies;
  @Inject StorageQuotas quotas;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MEMBER, Roles.VIEWER, Roles.OPERATOR})
  public StorageUsageView usage(UUID accountId) {
    boolean operator = caller.identity().map(CallerIdentity::operator).orElse(false);
    boolean member =
        caller.identity().map(CallerIdentity::accountId).filter(accountId::equals).isPresent();
    // another account's usage is as absent as the account itself
    Account account =
        accounts
            .find(accountId)
            .filter(found -> operator || member)
            .orElseThrow(() -> new ResourceNotFoundException("account", accountId));
    return usageOf(account);
  }

  @Override
  @RolesAllowed(Roles.OPERATOR)
  public PageView<AccountUsageView> accounts(int page, int size) {
    return Views.page(
        accounts.list(new PageRequest(page, size)),
        account ->
            new AccountUsageView(
                account.id(),
                account.name(),
                account.displayName(),
                account.createdAt(),
                usageOf(account)));
  }

  @Override
  @PermitAll
  public void requireRoom() {
    Optional<UUID> account = caller.identity().map(CallerIdentity::accountId);
    account.ifPresent(quotas::requireRoom);
  }

  private StorageUsageView usageOf(Account account) {
    Optional<RetentionPolicy> policy = policies.find(account.id());
    return RetentionViews.usage(
        account.id(),
        policies.usage(account.id()),
        policy.map(p -> p.limits().quotaBytes()).orElse(null),
        policy.map(RetentionPolicy::quotaWarnedAt).orElse(null),
        Timestamps.now());
  }
}
