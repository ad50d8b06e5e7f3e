package dev.sessionvault.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * The one query that reads an aggregate by id: always within the caller's account, so that another
 * account's row is simply absent.
 */
final class AccountScoped {
  private AccountScoped() {}

  static <T> Optional<T> find(
      EntityManager em, Class<T> type, UUID accountId, UUID id, LockModeType lock) {
    return em.createQuery(
            "select e from "
                + type.getSimpleName()
                + " e where e.id = :id and e.accountId = :account",
            type)
        .setParameter("id", id)
        .setParameter("account", accountId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
