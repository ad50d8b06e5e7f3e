package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.identity.CreateAccountCommand;
import dev.sessionvault.application.identity.AccountService;
import dev.sessionvault.application.identity.RecentKeySignIns;
import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.view.identity.AccountView;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountInUseException;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.audit.AuditChain;
import dev.sessionvault.domain.audit.AuditRepository;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.session.SessionRepository;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

@Stateless
@RolesAllowed(Roles.OPERATOR)
public class DefaultAccountService implements AccountService {
  @Inject AccountRepository accounts;
  @Inject SessionRepository sessions;
  @Inject AuditRepository audits;
  @Inject RetentionRepository policies;
  @Inject RecentKeySignIns recentSignIns;

  @Override
  @Audited(action = "account.create", target = "account")
  public AccountView create(CreateAccountCommand command) {
    accounts
        .findByName(command.name())
        .ifPresent(
            existing -> {
              throw new AlreadyExistsException(
                  "an account named '" + command.name() + "' already exists", existing.id());
            });
    Instant now = Timestamps.now();
    Account account = new Account(command.name(), command.displayName(), now);
    accounts.add(account);
    policies.add(RetentionPolicy.keepEverything(account.id(), now));
    audits.openChain(AuditChain.of(account.id()));
    return Views.account(account);
  }

  @Override
  public AccountView get(UUID id) {
    return Views.account(find(id));
  }

  @Override
  @Audited(action = "account.delete", target = "account")
  public void delete(UUID id) {
    Account account = find(id);
    if (Account.DEFAULT_NAME.equals(account.name())) {
      throw new ConflictException("the default account cannot be deleted");
    }
    if (sessions.anyInAccount(account.id())) {
      throw new AccountInUseException(account.name());
    }
    accounts.remove(account);
    recentSignIns.forgetAllAfterCommit(); // its keys go with it
  }

  private Account find(UUID id) {
    return accounts.find(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
  }
}
