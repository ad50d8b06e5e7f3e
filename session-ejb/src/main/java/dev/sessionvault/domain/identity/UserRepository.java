package dev.sessionvault.domain.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People and their memberships. */
public interface UserRepository {
  void add(User user);

  Optional<User> find(UUID id);

  Optional<User> findByUsername(String username);

  boolean anyOperator();

  void addMembership(Membership membership);

  Optional<Membership> findMembership(UUID userId, UUID accountId);

  List<Membership> memberships(UUID userId);
}
