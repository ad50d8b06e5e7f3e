package dev.sessionvault.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;

/**
 * Writes batches of new rows without keeping them: what lets one transaction import a session of
 * 200,000 messages in the memory of a few hundred.
 */
final class ReleasedBatches {
  /** Ids looked up per query, well below every database's bind-parameter limit. */
  private static final int LOOKUP_CHUNK = 500;

  private ReleasedBatches() {}

  static void persistAndRelease(EntityManager em, List<?> batch) {
    batch.forEach(em::persist);
    // An explicit flush makes Hibernate Search process its indexing plan; executing it turns the
    // changes into outbox rows of this transaction (rolled back with it). After that nothing but
    // the persistence context refers to the entities, and detaching them lets them go.
    em.flush();
    Search.session(em).indexingPlan().execute();
    batch.forEach(em::detach);
  }

  static Set<UUID> takenIds(EntityManager em, Class<?> entity, Collection<UUID> ids) {
    Set<UUID> taken = new HashSet<>();
    List<UUID> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      taken.addAll(
          em.createQuery(
                  "select e.id from " + entity.getSimpleName() + " e where e.id in :ids",
                  UUID.class)
              .setParameter("ids", all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)))
              .getResultList());
    }
    return taken;
  }
}
