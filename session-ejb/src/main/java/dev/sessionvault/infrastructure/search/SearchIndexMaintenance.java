package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.todo.Todo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Keeps the index in step with the database where automatic indexing cannot: full rebuilds with the
 * MassIndexer (on demand, or at startup when the index is missing, empty or another database's),
 * and what is waiting in Hibernate Search's outbox. A rebuild runs once for the cluster ({@link
 * IndexRebuild}). Where the index lives and where its marker is kept is the {@link IndexStore}'s
 * business.
 */
@ApplicationScoped
public class SearchIndexMaintenance {
  private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

  private static final List<Class<?>> INDEXED =
      List.of(Message.class, Todo.class, Interaction.class);

  @PersistenceUnit(unitName = "sessionvault")
  EntityManagerFactory emf;

  @Inject @Any Instance<IndexStore> stores;
  @Inject IndexRebuild rebuild;

  private volatile IndexStore store;

  /** The cluster's running rebuild's progress, or the outcome of the last one. */
  public RebuildProgress progress() {
    return rebuild.progress();
  }

  /**
   * Purges the index and rebuilds it from the database in the background, unless a rebuild runs
   * already here or on another node: then that one's progress.
   */
  public RebuildProgress startRebuild(String why) {
    IndexStore current = store();
    return rebuild.start(
        why,
        countEntities(),
        current::deleteMarker,
        () -> current.writeMarker(marker(installationId())));
  }

  /** The startup check: rebuilds when the index cannot be trusted for this database. */
  public void rebuildIfOutOfDate() {
    IndexStore current = store();
    current.onStart();
    String installation = installationId();
    Optional<Properties> marker = current.readMarker();
    if (marker.isEmpty()) {
      if (countEntities() == 0) {
        current.writeMarker(
            marker(installation)); // nothing yet: new writes are indexed as they come
      } else {
        startRebuild("the index is missing or was never completed for this database");
      }
    } else if (!installation.equals(marker.get().getProperty("installation"))) {
      startRebuild("the index was built for another database");
    } else if (!IndexLayout.VERSION.equals(marker.get().getProperty("layout"))) {
      // Lucene refuses documents whose fields differ from the ones the index already has (term
      // vectors, for one), even after every document is purged: start from empty indexes.
      mapping().scope(Object.class).schemaManager().dropAndCreate();
      startRebuild("the index was built by an older version with another layout");
    } else if (pendingEvents() > 0) {
      // What the index lacks after a crash is in the outbox: the event processor catches up.
      LOG.info(
          () ->
              "The search index catches up from "
                  + pendingEvents()
                  + " indexing events left from before the stop");
    } else if (!current.shared()) {
      // Nothing is pending and nothing writes yet, so the counts must agree. (On a shared index
      // other nodes may be writing: counts differ for a moment without anything being wrong.)
      long indexed = indexedDocuments();
      long stored = countEntities();
      if (indexed != stored) {
        startRebuild(
            indexed == 0
                ? "the index is empty while the database is not"
                : "the index holds " + indexed + " documents for " + stored + " rows");
      }
    }
  }

  /** Makes everything indexed so far searchable now, on every node. */
  public void refresh() {
    mapping().scope(Object.class).workspace().refresh();
  }

  /** Whether nodes share the index (a search cluster) rather than each holding its own. */
  public boolean sharedIndex() {
    return store().shared();
  }

  /** Indexing events written by committed transactions and not yet in the index. */
  public long pendingEvents() {
    EntityManager em = emf.createEntityManager();
    try {
      return ((Number)
              em.createNativeQuery("select count(*) from hsearch_outbox_event").getSingleResult())
          .longValue();
    } finally {
      em.close();
    }
  }

  /** The time of the oldest indexing event not yet in the index, if any. */
  public Optional<Instant> oldestPendingEvent() {
    EntityManager em = emf.createEntityManager();
    try {
      Object oldest =
          em.createNativeQuery("select min(processAfter) from hsearch_outbox_event")
              .getSingleResult();
      return Optional.ofNullable(SqlValues.instant(oldest));
    } finally {
      em.close();
    }
  }

  /** Documents in the index and rows of the indexed tables, for the index status. */
  public long documents() {
    return indexedDocuments();
  }

  public long rows() {
    return countEntities();
  }

  private SearchMapping mapping() {
    return Search.mapping(emf);
  }

  private long countEntities() {
    EntityManager em = emf.createEntityManager();
    try {
      long count = 0;
      for (Class<?> type : INDEXED) {
        count +=
            em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                .getSingleResult();
      }
      return count;
    } finally {
      em.close();
    }
  }

  private long indexedDocuments() {
    EntityManager em = emf.createEntityManager();
    try {
      return Search.session(em).search(INDEXED).where(f -> f.matchAll()).fetchTotalHitCount();
    } finally {
      em.close();
    }
  }

  private String installationId() {
    EntityManager em = emf.createEntityManager();
    try {
      return String.valueOf(em.createNativeQuery("select id from installation").getSingleResult());
    } finally {
      em.close();
    }
  }

  private IndexStore store() {
    IndexStore current = store;
    if (current == null) {
      var backend = mapping().backend();
      current =
          stores.stream()
              .filter(candidate -> candidate.serves(backend))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no index store for " + backend));
      store = current;
    }
    return current;
  }

  private static Properties marker(String installation) {
    Properties marker = new Properties();
    marker.setProperty("installation", installation);
    marker.setProperty("layout", IndexLayout.VERSION);
    marker.setProperty("builtAt", Instant.now().toString());
    return marker;
  }
}
