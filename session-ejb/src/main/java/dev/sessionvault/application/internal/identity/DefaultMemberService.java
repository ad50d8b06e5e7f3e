package dev.sessionvault.application.internal.identity;

import dev.sessionvault.application.CallerContext;
import dev.sessionvault.application.CallerIdentity;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.application.audit.Audited;
import dev.sessionvault.application.command.identity.AddMemberCommand;
import dev.sessionvault.application.command.identity.ChangeMemberCommand;
import dev.sessionvault.application.identity.MemberService;
import dev.sessionvault.application.view.identity.MemberView;
import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.identity.Membership;
import dev.sessionvault.domain.identity.PasswordHasher;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import dev.sessionvault.domain.shared.AlreadyExistsException;
import dev.sessionvault.domain.shared.ConflictException;
import dev.sessionvault.domain.shared.ResourceNotFoundException;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class DefaultMemberService implements MemberService {
  private static final String OPERATION = "manage members";

  @Inject CallerContext caller;
  @Inject UserRepository users;
  @Inject PasswordHasher passwords;
  @Inject ManagedAccounts managedAccounts;
  @Inject AuditContext audit;

  @Override
  @Audited(action = "member.add", target = "user")
  public MemberView add(UUID accountId, AddMemberCommand command) {
    UUID account = managedAccounts.require(accountId, OPERATION);
    Instant now = Timestamps.now();
    String username = DefaultIdentityService.normalizeUsername(command.username());
    Optional<User> existing = users.findByUsername(username);
    User user;
    if (existing.isPresent()) {
      user = existing.get();
      if (command.password() != null || !isOperator()) {
        // an admin cannot reach into another account's people, nor reset their password
        throw new AlreadyExistsException(
            "the username '"
                + username
                + "' is taken"
                + (isOperator() ? "; to add that person, leave out the password" : ""),
            user.id());
      }
      if (users.findMembership(user.id(), account).isPresent()) {
        throw new AlreadyExistsException(
            "'" + username + "' is already a member of this account", user.id());
      }
    } else {
      if (command.password() == null) {
        throw new ValidationException(
            "password",
            "a new person needs a password of "
                + AddMemberCommand.MIN_PASSWORD
                + " to 1024 characters");
      }
      user = new User(username, passwords.hash(command.password()), false, now);
      users.add(user);
    }
    Membership membership = new Membership(user.id(), account, command.accountRole(), now);
    users.addMembership(membership);
    audit.target(user.id());
    audit.detail("role", command.accountRole());
    audit.detail("newPerson", existing.isEmpty());
    return view(user, membership);
  }

  @Override
  public List<MemberView> list(UUID accountId) {
    return users.members(managedAccounts.require(accountId, OPERATION)).stream()
        .map(member -> view(member.user(), member.membership()))
        .toList();
  }

  @Override
  @Audited(action = "member.update", target = "user", targetParameter = 1)
  public MemberView change(UUID accountId, UUID userId, ChangeMemberCommand command) {
    UUID account = managedAccounts.require(accountId, OPERATION);
    Membership membership = find(account, userId);
    AccountRole before = membership.role();
    if (before == AccountRole.ADMIN && command.accountRole() != AccountRole.ADMIN) {
      requireAnotherAdmin(account);
    }
    membership.changeRole(command.accountRole());
    audit.detail("from", before);
    audit.detail("to", command.accountRole());
    return view(users.find(userId).orElseThrow(), membership);
  }

  @Override
  @Audited(action = "member.remove", target = "user", targetParameter = 1)
  public void remove(UUID accountId, UUID userId) {
    UUID account = managedAccounts.require(accountId, OPERATION);
    Membership membership = find(account, userId);
    if (membership.role() == AccountRole.ADMIN) {
      requireAnotherAdmin(account);
    }
    users.removeMembership(membership);
  }

  private Membership find(UUID account, UUID userId) {
    return users
        .findMembership(userId, account)
        .orElseThrow(() -> new ResourceNotFoundException("member", userId));
  }

  /** An account without admins could not manage itself any more. */
  private void requireAnotherAdmin(UUID account) {
    if (users.countAdmins(account) <= 1) {
      throw new ConflictException(
          "this is the account's last admin: make someone else admin first");
    }
  }

  private boolean isOperator() {
    return caller.identity().map(CallerIdentity::operator).orElse(false);
  }

  private static MemberView view(User user, Membership membership) {
    return new MemberView(
        user.id(),
        user.username(),
        WireNames.of(membership.role()),
        membership.createdAt(),
        user.lastSignInAt());
  }
}
