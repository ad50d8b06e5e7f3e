package dev.sessionvault.infrastructure.search;

import dev.sessionvault.application.search.IndexFreshness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds a write's answer while the oldest indexing event in the outbox is older than {@link
 * #BOUND}. Without it a bulk load outran indexing (4,700 messages/s stored, 2,200 indexed) and
 * search trailed by half a minute; with it, writers take the pace of indexing. What the outbox
 * holds is read at most every 10 ms, whatever the number of writers (one indexed lookup).
 */
@ApplicationScoped
public class IndexBackpressure implements IndexFreshness {
  private static final Logger LOG = Logger.getLogger(IndexBackpressure.class.getName());
  private static final long RECHECK_NANOS = 10_000_000L;

  @Inject SearchIndexMaintenance maintenance;

  private final AtomicReference<Observation> last =
      new AtomicReference<>(new Observation(System.nanoTime() - RECHECK_NANOS, false));

  private record Observation(long atNanos, boolean behind) {}

  @Override
  public void awaitWithinBound() {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    while (behind() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(RECHECK_NANOS / 1_000_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private boolean behind() {
    long now = System.nanoTime();
    Observation seen = last.get();
    if (now - seen.atNanos() < RECHECK_NANOS) {
      return seen.behind();
    }
    boolean behind;
    try {
      Instant limit = Instant.now().minus(BOUND);
      behind = maintenance.oldestPendingEvent().map(oldest -> oldest.isBefore(limit)).orElse(false);
    } catch (RuntimeException e) {
      // the write is committed and durable: a failed look at the outbox must not fail its answer
      LOG.log(Level.FINE, "Could not read the indexing backlog", e);
      behind = false;
    }
    last.set(new Observation(now, behind));
    return behind;
  }
}
