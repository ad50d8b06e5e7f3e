package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.infrastructure.cluster.NodeName;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * A rebuild of the whole index with the MassIndexer, once for the cluster: {@link RebuildRecords}
 * lets one node run it and shows its progress to every node; this node's rebuild, while it runs, is
 * read from memory.
 */
@ApplicationScoped
public class IndexRebuild {
  private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
  private static final int REBUILD_TRANSACTION_TIMEOUT_SECONDS = 24 * 3600;
  private static final long RECORD_FRESHNESS_NANOS = 1_000_000_000L;

  @PersistenceUnit(unitName = "sessionvault")
  EntityManagerFactory emf;

  @Inject RebuildRecords records;
  @Resource ManagedScheduledExecutorService scheduler;

  private final AtomicLong done = new AtomicLong();
  private boolean running;
  private String reason;
  private long total;
  private Instant startedAt;
  private ScheduledFuture<?> heartbeat;
  private Runnable completed;

  /** The cluster's record as last read, and when (nanoTime). */
  private record Reading(RebuildProgress progress, long atNanos) {}

  private volatile Reading lastReading;

  /**
   * The cluster's running rebuild's progress, or the outcome of the last one. Every search asks (it
   * answers 503 during a rebuild), so another node's record is read at most once per {@link
   * #RECORD_FRESHNESS_NANOS}: a rebuild started elsewhere stops searches here within a second.
   */
  RebuildProgress progress() {
    synchronized (this) {
      if (running) {
        return RebuildProgress.running(reason, done.get(), total, startedAt, Instant.now());
      }
    }
    long now = System.nanoTime();
    Reading reading = lastReading;
    if (reading == null || now - reading.atNanos() > RECORD_FRESHNESS_NANOS) {
      reading = new Reading(records.read(Instant.now()), now);
      lastReading = reading;
    }
    return reading.progress();
  }

  /**
   * Purges the index and rebuilds it from the database in the background, unless a rebuild runs
   * already here or on another node: then that one's progress.
   */
  RebuildProgress start(String why, long entities, Runnable beforeStart, Runnable onSuccess) {
    CompletableFuture<?> indexing;
    synchronized (this) {
      if (running) {
        return progress();
      }
      Instant now = Timestamps.now(); // as the database keeps it: every node reports the same
      if (!records.claim(NodeName.get(), why, entities, now)) {
        return records.read(now);
      }
      running = true;
      reason = why;
      done.set(0);
      startedAt = now;
      total = entities;
    }
    LOG.info(() -> "Rebuilding the search index: " + why);
    try {
      completed = onSuccess;
      beforeStart.run();
      indexing =
          Search.mapping(emf)
              .scope(Object.class)
              .massIndexer()
              .purgeAllOnStart(true)
              // one segment per index afterwards: a rebuilt index of 1M messages left 15, and
              // every query pays per segment
              .mergeSegmentsOnFinish(true)
              .typesToIndexInParallel(1)
              .threadsToLoadObjects(2)
              .batchSizeToLoadObjects(200)
              // The identifier loader keeps one transaction open while the indexers catch up:
              // under Liberty's default 120 s timeout a rebuild of about a million rows failed
              // halfway.
              .transactionTimeout(REBUILD_TRANSACTION_TIMEOUT_SECONDS)
              .monitor(new ProgressMonitor())
              .start()
              .toCompletableFuture();
    } catch (RuntimeException e) {
      indexing = CompletableFuture.failedFuture(e);
    }
    watch(indexing);
    return progress();
  }

  /**
   * Every second, on the server's scheduler: the progress goes to the cluster's record, and once
   * the MassIndexer is done its outcome (its own threads have no transaction to write it in).
   */
  private void watch(CompletableFuture<?> indexing) {
    synchronized (this) {
      heartbeat =
          scheduler.scheduleWithFixedDelay(
              () -> {
                if (indexing.isDone()) {
                  finish(indexing.handle((ignored, failure) -> failure).join());
                } else {
                  records.beat(NodeName.get(), done.get(), Instant.now());
                }
              },
              0,
              1,
              TimeUnit.SECONDS);
    }
  }

  private void finish(Throwable failure) {
    RebuildProgress outcome;
    synchronized (this) {
      if (!running) {
        return;
      }
      heartbeat.cancel(false);
      long indexed = done.get();
      double seconds =
          Math.max(0.001, (Instant.now().toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
      outcome =
          new RebuildProgress(
              failure == null ? RebuildProgress.State.COMPLETED : RebuildProgress.State.FAILED,
              reason,
              indexed,
              failure == null ? indexed : total,
              Math.round(indexed / seconds * 10) / 10.0,
              failure == null ? 0L : null,
              startedAt,
              Timestamps.now(),
              failure == null ? null : String.valueOf(rootCause(failure).getMessage()));
      running = false;
    }
    if (failure == null) {
      completed.run();
      LOG.info(() -> "Rebuilt the search index: " + outcome.done() + " documents");
    } else {
      LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
    }
    records.finish(NodeName.get(), outcome);
    lastReading = null;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
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
