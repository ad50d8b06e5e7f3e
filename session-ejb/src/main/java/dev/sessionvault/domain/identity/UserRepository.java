package dev.sessionvault.domain.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People and their memberships. */
public interface UserRepository {
  void add(User user);

  Optional<User> find(UUID id);

  Optional<User> findByUsername(String username);

  /**
   * Makes any other node's first-operator creation wait until this transaction ends: nodes that
   * start together on a new database would otherwise each create one, and all but one fail.
   */
  void lockFirstOperatorCreation();

  boolean anyOperator();

  /** Notes a sign-in's time and client, without touching the person's version. */
  void recordSignIn(UUID userId, Instant at, String clientAddress);

  void addMembership(Membership membership);

  Optional<Membership> findMembership(UUID userId, UUID accountId);

  List<Membership> memberships(UUID userId);

  /** The account's members with their people, oldest membership first. */
  List<Member> members(UUID accountId);

  /** The account's admins. */
  long countAdmins(UUID accountId);

  void removeMembership(Membership membership);
}
