package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.identity.ConsoleSignIn;
import dev.sessionvault.domain.identity.ConsoleSignInRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaConsoleSignInRepository implements ConsoleSignInRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(ConsoleSignIn signIn) {
    em.persist(signIn);
  }

  @Override
  public Optional<ConsoleSignIn> findByTokenHash(String tokenHash) {
    return em.createQuery(
            "select s from ConsoleSignIn s where s.tokenHash = :hash", ConsoleSignIn.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void seen(UUID id, Instant now) {
    em.createQuery(
            "update ConsoleSignIn s set s.lastSeenAt = :now"
                + " where s.id = :id and s.endedAt is null and s.lastSeenAt < :now")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public int deleteExpiredBefore(Instant time) {
    return em.createQuery("delete from ConsoleSignIn s where s.expiresAt < :time")
        .setParameter("time", time)
        .executeUpdate();
  }
}
