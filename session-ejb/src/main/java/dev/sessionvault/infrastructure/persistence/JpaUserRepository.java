package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.identity.Membership;
import dev.sessionvault.domain.identity.User;
import dev.sessionvault.domain.identity.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(User user) {
    em.persist(user);
  }

  @Override
  public Optional<User> find(UUID id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return em.createQuery("select u from User u where u.username = :username", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean anyOperator() {
    return !em.createQuery("select u.id from User u where u.operator = true", UUID.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void recordSignIn(UUID userId, Instant at, String clientAddress) {
    em.createQuery(
            "update User u set u.lastSignInAt = :at, u.lastSignInAddress = :address"
                + " where u.id = :id")
        .setParameter("at", at)
        .setParameter("address", clientAddress)
        .setParameter("id", userId)
        .executeUpdate();
  }

  @Override
  public void addMembership(Membership membership) {
    em.persist(membership);
  }

  @Override
  public Optional<Membership> findMembership(UUID userId, UUID accountId) {
    return Optional.ofNullable(em.find(Membership.class, new Membership.Key(userId, accountId)));
  }

  @Override
  public List<Membership> memberships(UUID userId) {
    return em.createQuery(
            "select m from Membership m where m.key.userId = :user order by m.createdAt",
            Membership.class)
        .setParameter("user", userId)
        .getResultList();
  }
}
