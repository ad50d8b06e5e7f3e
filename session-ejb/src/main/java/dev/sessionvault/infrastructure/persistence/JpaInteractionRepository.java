package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaInteractionRepository implements InteractionRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(Interaction interaction) {
    em.persist(interaction);
  }

  @Override
  public void addAndRelease(List<Interaction> batch) {
    ReleasedBatches.persistAndRelease(em, batch);
  }

  @Override
  public Set<UUID> takenIds(Collection<UUID> ids) {
    return ReleasedBatches.takenIds(em, Interaction.class, ids);
  }

  @Override
  public List<Interaction> listAfter(Session session, long afterSeq, int limit) {
    // Ordered by the whole unique index (session, seq): H2 then reads the page off the index; by
    // seq alone it sorted every later row first.
    return em.createQuery(
            "select i from Interaction i where i.session = :session and i.seq > :after"
                + " order by i.session.id, i.seq",
            Interaction.class)
        .setParameter("session", session)
        .setParameter("after", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }
}
