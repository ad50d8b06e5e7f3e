package dev.sessionvault.application.view.identity;

import java.util.List;
import java.util.UUID;

/**
 * The caller: a person ({@code kind} {@code user}, {@code name} its username) or an API key ({@code
 * key}, its name); the account it acts in (null for an operator outside every account), its role
 * there, a key's project restriction, and the accounts it may switch to.
 */
public record WhoAmIView(
    String kind,
    UUID id,
    String name,
    UUID accountId,
    String accountName,
    String role,
    UUID projectId,
    boolean operator,
    List<AccountChoice> accounts) {

  /** An account the caller may act in, with its role there. */
  public record AccountChoice(UUID id, String name, String displayName, String role) {}
}
