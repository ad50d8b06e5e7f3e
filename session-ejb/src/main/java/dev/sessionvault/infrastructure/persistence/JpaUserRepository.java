package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.identity.AccountRole;
import dev.sessionvault.domain.identity.Member;
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
  public void lockFirstOperatorCreation() {
    // the database's one installation row (V3): any row every node would lock will do
    em.createNativeQuery("select id from installation for update").getResultList();
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

  @Override
  public List<Member> members(UUID accountId) {
    return em.createQuery(
            "select new dev.sessionvault.domain.identity.Member(u, m) from Membership m, User u"
                + " where m.key.accountId = :account and u.id = m.key.userId"
                + " order by m.createdAt, u.username",
            Member.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  @Override
  public long countAdmins(UUID accountId) {
    return em.createQuery(
            "select count(m) from Membership m where m.key.accountId = :account and m.role = :role",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("role", AccountRole.ADMIN)
        .getSingleResult();
  }

  @Override
  public void removeMembership(Membership membership) {
    em.remove(membership);
  }
}
