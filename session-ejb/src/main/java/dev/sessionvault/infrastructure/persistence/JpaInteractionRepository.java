package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaInteractionRepository implements InteractionRepository {
  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Override
  public void add(Interaction interaction) {
    em.persist(interaction);
  }

  @Override
  public List<Interaction> listAfter(Session session, long afterSeq, int limit) {
    return em.createQuery(
            "select i from Interaction i where i.session = :session and i.seq > :after order by i.seq",
            Interaction.class)
        .setParameter("session", session)
        .setParameter("after", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }
}
