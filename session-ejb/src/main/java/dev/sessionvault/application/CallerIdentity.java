package dev.sessionvault.application;

import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.identity.Roles;
import dev.sessionvault.domain.shared.WireNames;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who an authenticated request is: a person or an API key, the account it acts in (none for an
 * operator outside any account), its role there, and a key's project restriction. The container
 * carries it as the caller principal's name ({@link #principalName()}), so that every service can
 * read it back without a lookup; the role is also the caller's security group.
 */
public record CallerIdentity(
    Kind kind, UUID actorId, UUID accountId, AccountRole role, UUID projectId, boolean operator) {
  /** What authenticated. */
  public enum Kind {
    USER,
    KEY
  }

  private static final String NONE = "-";

  /** {@code user:<id>:<account>:<role>:<project>:<operator>}, with {@code -} for what is absent. */
  public String principalName() {
    return String.join(
        ":",
        WireNames.of(kind),
        actorId.toString(),
        accountId == null ? NONE : accountId.toString(),
        role == null ? NONE : WireNames.of(role),
        projectId == null ? NONE : projectId.toString(),
        operator ? Roles.OPERATOR : NONE);
  }

  /** The security groups, which are the roles {@code @RolesAllowed} names. */
  public Set<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    if (role != null) {
      groups.add(WireNames.of(role));
    }
    if (operator) {
      groups.add(Roles.OPERATOR);
    }
    return groups;
  }

  /** Reads a principal name back; empty for any other name (such as an anonymous caller's). */
  public static Optional<CallerIdentity> parse(String principalName) {
    if (principalName == null) {
      return Optional.empty();
    }
    String[] parts = principalName.split(":", -1);
    if (parts.length != 6) {
      return Optional.empty();
    }
    try {
      Optional<Kind> kind = WireNames.parse(Kind.class, parts[0]);
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new CallerIdentity(
              kind.get(),
              UUID.fromString(parts[1]),
              NONE.equals(parts[2]) ? null : UUID.fromString(parts[2]),
              NONE.equals(parts[3])
                  ? null
                  : WireNames.parse(AccountRole.class, parts[3]).orElseThrow(),
              NONE.equals(parts[4]) ? null : UUID.fromString(parts[4]),
              Roles.OPERATOR.equals(parts[5])));
    } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
      return Optional.empty();
    }
  }
}
