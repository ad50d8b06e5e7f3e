package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.view.identity.WhoAmIView;
import dev.sessionvault.domain.account.Account;
import dev.sessionvault.domain.account.AccountRepository;
import dev.sessionvault.domain.identity.ApiKey;
import dev.sessionvault.domain.identity.ApiKeyRepository;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a console sign-in stands for now (its person's current role in its account, or its key if
 * still usable), and how the console shows a caller. Runs in the calling service's transaction.
 */
@ApplicationScoped
class ConsoleCallers {
  @Inject UserRepository users;
  @Inject ApiKeyRepository keys;
  @Inject AccountRepository accounts;

  /** The identity as it stands now; empty when the person or key lost its access. */
  Optional<CallerIdentity> current(CallerIdentity signedIn, Instant now) {
    if (signedIn.kind() == CallerIdentity.Kind.KEY) {
      return keys.find(signedIn.accountId(), signedIn.actorId())
          .filter(key -> key.isUsableAt(now))
          .map(key -> signedIn);
    }
    Optional<User> user = users.find(signedIn.actorId());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    if (signedIn.accountId() == null) {
      // an operator outside every account, or a person in several who has not chosen one yet
      return user.map(
          u ->
              new CallerIdentity(CallerIdentity.Kind.USER, u.id(), null, null, null, u.operator()));
    }
    return users
        .findMembership(signedIn.actorId(), signedIn.accountId())
        .map(
            membership ->
                new CallerIdentity(
                    CallerIdentity.Kind.USER,
                    signedIn.actorId(),
                    signedIn.accountId(),
                    membership.role(),
                    null,
                    user.get().operator()));
  }

  WhoAmIView describe(CallerIdentity identity) {
    String role = identity.role() == null ? null : WireNames.of(identity.role());
    if (identity.kind() == CallerIdentity.Kind.KEY) {
      String name =
          keys.find(identity.accountId(), identity.actorId()).map(ApiKey::name).orElse("API key");
      return new WhoAmIView(
          "key",
          identity.actorId(),
          name,
          identity.accountId(),
          accountName(identity.accountId()),
          role,
          identity.projectId(),
          false,
          List.of(choice(identity.accountId(), role)));
    }
    String username = users.find(identity.actorId()).map(User::username).orElse("");
    List<WhoAmIView.AccountChoice> choices =
        users.memberships(identity.actorId()).stream()
            .map(m -> choice(m.accountId(), WireNames.of(m.role())))
            .sorted(Comparator.comparing(WhoAmIView.AccountChoice::name))
            .toList();
    return new WhoAmIView(
        "user",
        identity.actorId(),
        username,
        identity.accountId(),
        identity.accountId() == null ? null : accountName(identity.accountId()),
        role,
        null,
        identity.operator(),
        choices);
  }

  private WhoAmIView.AccountChoice choice(UUID accountId, String role) {
    Optional<Account> account = accounts.find(accountId);
    return new WhoAmIView.AccountChoice(
        accountId,
        account.map(Account::name).orElse(""),
        account.map(Account::displayName).orElse(""),
        role);
  }

  private String accountName(UUID accountId) {
    return accounts.find(accountId).map(Account::name).orElse("");
  }
}
