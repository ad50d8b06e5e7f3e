package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.transcript.Transcript;
import dev.sessionvault.domain.transcript.TranscriptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTranscriptRepository implements TranscriptRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public Optional<Transcript> find(UUID sessionId) {
    return Optional.ofNullable(em.find(Transcript.class, sessionId));
  }

  @Override
  public Optional<Transcript.Fingerprint> original(UUID sessionId) {
    return em.createQuery(
            "select t.originalSha256, t.originalLength from Transcript t"
                + " where t.sessionId = :session",
            Object[].class)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst()
        .map(row -> new Transcript.Fingerprint((String) row[0], ((Number) row[1]).longValue()));
  }

  @Override
  public List<UUID> sessionsSent(UUID accountId, String originalSha256) {
    return em.createQuery(
            "select t.sessionId from Transcript t where t.accountId = :account"
                + " and t.originalSha256 = :sha",
            UUID.class)
        .setParameter("account", accountId)
        .setParameter("sha", originalSha256)
        .getResultList();
  }

  @Override
  public void add(Transcript transcript) {
    em.persist(transcript);
  }
}
