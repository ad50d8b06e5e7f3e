package dev.sessionvault.application.identity;

import dev.sessionvault.application.command.identity.CreateAccountCommand;
import dev.sessionvault.application.view.identity.AccountView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Accounts (tenants). Not exposed over HTTP until accounts and roles land (issue 4), which will
 * restrict these operations to operators.
 */
public interface AccountService {
  AccountView create(@NotNull @Valid CreateAccountCommand command);

  AccountView get(@NotNull UUID id);

  /** Deletes an account and its projects; refused while the account still has sessions. */
  void delete(@NotNull UUID id);
}
