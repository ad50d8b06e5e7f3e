package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.internal.ProjectScope;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Which accounts the caller manages (keys, members): an admin only the account it acts in, an
 * operator any existing one. Anything else answers as if it did not exist (404).
 */
@ApplicationScoped
class ManagedAccounts {
  @Inject CallerContext caller;
  @Inject AccountRepository accounts;
  @Inject ProjectScope scope;
  @Inject AuditContext audit;

  /** The account, once the caller may manage it; its audit trail gets the operation's record. */
  UUID require(UUID accountId, String operation) {
    scope.requireAccountWide(operation);
    CallerIdentity identity = caller.identity().orElseThrow();
    boolean visible =
        identity.operator()
            ? accounts.find(accountId).isPresent()
            : accountId.equals(identity.accountId());
    if (!visible) {
      throw new ResourceNotFoundException("account", accountId);
    }
    audit.account(accountId);
    return accountId;
  }
}
