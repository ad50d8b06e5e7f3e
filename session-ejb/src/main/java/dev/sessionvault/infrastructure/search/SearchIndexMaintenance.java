package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.todo.Todo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Keeps the index in step with the database where automatic indexing cannot: full rebuilds with the
 * MassIndexer (on demand, or at startup when the index is missing, empty or another database's),
 * and what is waiting in Hibernate Search's outbox.
 *
 * <p>Longer than 300 lines because a rebuild, its progress and the startup check share one state
 * (the running rebuild and the index marker).
 */
@ApplicationScoped
public class SearchIndexMaintenance {
  private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

  /** Written into the index directory when a rebuild completes: the database it was built for. */
  static final String MARKER = "sessionvault-index.properties";

  /**
   * The version of the index layout (fields, analyzers): raise it with every mapping change that
   * existing documents do not follow, and the startup check rebuilds an index of an older layout.
   * Layout 3 has no term vectors (highlights come from {@link ContentHighlighter}). Hits that still
   * carry their session's status from before {@link SessionLookup} need no rebuild: nothing reads
   * that field any more. Nor did dropping the session index: the hits' documents did not change,
   * and its folder is deleted at startup ({@link UnmappedIndexes}).
   */
  static final String LAYOUT = "3";

  private static final int REBUILD_TRANSACTION_TIMEOUT_SECONDS = 24 * 3600;
  private static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
  private static final List<Class<?>> INDEXED =
      List.of(Message.class, Todo.class, Interaction.class);

  @PersistenceUnit(unitName = "sessionvault")
  EntityManagerFactory emf;

  private final AtomicLong done = new AtomicLong();
  private RebuildProgress finished = RebuildProgress.idle();
  private boolean running;
  private String reason;
  private long total;
  private Instant startedAt;

  /** The running rebuild's progress, or the outcome of the last one. */
  public synchronized RebuildProgress progress() {
    if (!running) {
      return finished;
    }
    long indexed = done.get();
    double seconds =
        Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
    double rate = indexed / seconds;
    Long eta = rate > 0 ? Math.max(0, (long) Math.ceil((total - indexed) / rate)) : null;
    return new RebuildProgress(
        RebuildProgress.State.RUNNING,
        reason,
        Math.min(indexed, total),
        total,
        Math.round(rate * 10) / 10.0,
        eta,
        startedAt,
        null,
        null);
  }

  /** Purges the index and rebuilds it from the database in the background. */
  public RebuildProgress startRebuild(String why) {
    synchronized (this) {
      if (running) {
        return progress();
      }
      running = true;
      reason = why;
      done.set(0);
      startedAt = Instant.now();
      total = countEntities();
    }
    LOG.info(() -> "Rebuilding the search index: " + why);
    try {
      deleteMarker();
      mapping()
          .scope(Object.class)
          .massIndexer()
          .purgeAllOnStart(true)
          // one segment per index afterwards: a rebuilt index of 1M messages left 15, and every
          // query pays per segment
          .mergeSegmentsOnFinish(true)
          .typesToIndexInParallel(1)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(200)
          // The identifier loader keeps one transaction open while the indexers catch up: under
          // Liberty's default 120 s timeout a rebuild of about a million rows failed halfway.
          .transactionTimeout(REBUILD_TRANSACTION_TIMEOUT_SECONDS)
          .monitor(new ProgressMonitor())
          .start()
          .whenComplete((ignored, failure) -> finish(failure));
    } catch (RuntimeException e) {
      finish(e);
    }
    return progress();
  }

  /** The startup check: rebuilds when the index cannot be trusted for this database. */
  public void rebuildIfOutOfDate() {
    UnmappedIndexes.delete(indexRoot(), mappedIndexNames());
    String installation = installationId();
    Properties marker = readMarker();
    if (marker == null) {
      if (countEntities() == 0) {
        writeMarker(installation); // nothing to index yet: new writes are indexed as they come
      } else {
        startRebuild("the index is missing or was never completed for this database");
      }
    } else if (!installation.equals(marker.getProperty("installation"))) {
      startRebuild("the index was built for another database");
    } else if (!LAYOUT.equals(marker.getProperty("layout"))) {
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
    } else {
      // Nothing is pending and nothing writes yet, so the counts must agree.
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
      return Optional.ofNullable(oldest).map(SearchIndexMaintenance::instant);
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

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp " + value.getClass());
  }

  private void finish(Throwable failure) {
    if (failure == null) {
      writeMarker(installationId());
    } else {
      LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
    }
    synchronized (this) {
      long indexed = done.get();
      double seconds =
          Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
      finished =
          new RebuildProgress(
              failure == null ? RebuildProgress.State.COMPLETED : RebuildProgress.State.FAILED,
              reason,
              indexed,
              failure == null ? indexed : total,
              Math.round(indexed / seconds * 10) / 10.0,
              failure == null ? 0L : null,
              startedAt,
              Instant.now(),
              failure == null ? null : String.valueOf(rootCause(failure).getMessage()));
      running = false;
    }
    if (failure == null) {
      LOG.info(() -> "Rebuilt the search index: " + finished.done() + " documents");
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
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

  private Path indexRoot() {
    Object root = emf.getProperties().get(DIRECTORY_ROOT);
    return Path.of(root == null ? "data/index" : root.toString()).toAbsolutePath();
  }

  private Path markerFile() {
    return indexRoot().resolve(MARKER);
  }

  private Set<String> mappedIndexNames() {
    return mapping().allIndexedEntities().stream()
        .map(entity -> entity.indexManager().descriptor().hibernateSearchName())
        .collect(Collectors.toUnmodifiableSet());
  }

  private Properties readMarker() {
    Path file = markerFile();
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties marker = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      marker.load(reader);
      return marker;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Unreadable index marker " + file + ": the index will be rebuilt", e);
      return null;
    }
  }

  private void writeMarker(String installation) {
    Path file = markerFile();
    Properties marker = new Properties();
    marker.setProperty("installation", installation);
    marker.setProperty("layout", LAYOUT);
    marker.setProperty("builtAt", Instant.now().toString());
    try {
      Files.createDirectories(file.getParent());
      try (Writer writer = Files.newBufferedWriter(file)) {
        marker.store(writer, "Session Vault: the database this search index was built for");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot write the index marker " + file, e);
    }
  }

  private void deleteMarker() {
    try {
      Files.deleteIfExists(markerFile());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the index marker", e);
    }
  }

  /** Counts indexed documents for the progress figure. */
  private final class ProgressMonitor implements MassIndexingMonitor {
    @Override
    public void documentsAdded(long increment) {
      done.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
      // documentsAdded is the figure that matters: written to the index
    }

    @Override
    public void entitiesLoaded(long increment) {
      // idem
    }

    @Override
    public void indexingCompleted() {
      // finish() runs when the whole mass indexing completes, failures included
    }
  }
}
