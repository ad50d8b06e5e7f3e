package dev.sessionvault.domain.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API keys; every lookup but the one by secret is scoped to an account. */
public interface ApiKeyRepository {
  void add(ApiKey key);

  Optional<ApiKey> find(UUID accountId, UUID id);

  /** The key whose secret has this SHA-256, in whatever account: how a request is authenticated. */
  Optional<ApiKey> findBySecretHash(String secretHash);

  /** The account's keys, newest first, revoked ones included. */
  List<ApiKey> list(UUID accountId);
}
