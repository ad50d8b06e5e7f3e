package dev.sessionvault.domain.account;

import dev.sessionvault.domain.shared.ConflictException;

/** An account cannot be deleted while it still holds sessions. */
public class AccountInUseException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public AccountInUseException(String accountName) {
    super(
        "account '"
            + accountName
            + "' still has sessions: delete or move them before deleting the account");
  }
}
