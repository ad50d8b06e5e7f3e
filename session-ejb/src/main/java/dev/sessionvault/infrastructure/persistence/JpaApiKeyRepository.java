package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.identity.ApiKey;
import dev.sessionvault.domain.identity.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(ApiKey key) {
    em.persist(key);
  }

  @Override
  public Optional<ApiKey> find(UUID accountId, UUID id) {
    return Optional.ofNullable(em.find(ApiKey.class, id))
        .filter(key -> key.accountId().equals(accountId));
  }

  @Override
  public Optional<ApiKey> findBySecretHash(String secretHash) {
    return em.createQuery("select k from ApiKey k where k.secretHash = :hash", ApiKey.class)
        .setParameter("hash", secretHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiKey> list(UUID accountId) {
    return em.createQuery(
            "select k from ApiKey k where k.accountId = :account order by k.createdAt desc",
            ApiKey.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
