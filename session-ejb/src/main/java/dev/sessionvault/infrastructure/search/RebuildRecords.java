package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.search.RebuildProgress;
import dev.sessionvault.domain.search.RebuildProgress.State;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * The cluster's rebuild of the search index, as the one row of {@code search_rebuild}: a node may
 * start a rebuild only while no other node's is running ({@link #claim}, one conditional update, so
 * two nodes asked at once cannot both win), the node running it writes its progress every second
 * ({@link #beat}), and every node reads it from there. A running rebuild whose node stopped beating
 * for {@link #LOST_AFTER} was lost with that node: it reads as failed and may start again.
 *
 * <p>Each statement commits on its own, in a transaction of the server's executor: callers run in
 * request transactions, the MassIndexer's threads in none.
 */
@ApplicationScoped
public class RebuildRecords {
  static final Duration LOST_AFTER = Duration.ofSeconds(15);

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Inject UserTransaction transaction;
  @Resource ManagedExecutorService executor;

  /** Records this node's rebuild as the running one; false when another node's runs. */
  boolean claim(String node, String reason, long total, Instant now) {
    int claimed =
        inOwnTransaction(
            () ->
                em.createNativeQuery(
                        "update search_rebuild set state = 'RUNNING', reason = ?1, node = ?2,"
                            + " done = 0, total = ?3, started_at = ?4, finished_at = null,"
                            + " heartbeat_at = ?4, error = null"
                            + " where id = 1 and (state <> 'RUNNING' or heartbeat_at < ?5"
                            + " or node = ?2)")
                    .setParameter(1, truncate(reason, 1000))
                    .setParameter(2, node)
                    .setParameter(3, total)
                    .setParameter(4, now)
                    .setParameter(5, now.minus(LOST_AFTER))
                    .executeUpdate());
    return claimed == 1;
  }

  /** This node's rebuild is still running and has done this much. */
  void beat(String node, long done, Instant now) {
    inOwnTransaction(
        () ->
            em.createNativeQuery(
                    "update search_rebuild set done = ?1, heartbeat_at = ?2"
                        + " where id = 1 and node = ?3 and state = 'RUNNING'")
                .setParameter(1, done)
                .setParameter(2, now)
                .setParameter(3, node)
                .executeUpdate());
  }

  /** This node's rebuild ended (completed or failed). */
  void finish(String node, RebuildProgress outcome) {
    inOwnTransaction(
        () ->
            em.createNativeQuery(
                    "update search_rebuild set state = ?1, done = ?2, total = ?3,"
                        + " finished_at = ?4, heartbeat_at = ?4, error = ?5"
                        + " where id = 1 and node = ?6")
                .setParameter(1, outcome.state().name())
                .setParameter(2, outcome.done())
                .setParameter(3, outcome.total())
                .setParameter(4, outcome.finishedAt())
                .setParameter(5, truncate(outcome.error(), 4000))
                .setParameter(6, node)
                .executeUpdate());
  }

  /** The cluster's rebuild as the row says, at this moment. */
  RebuildProgress read(Instant now) {
    Object[] row =
        inOwnTransaction(
            () ->
                (Object[])
                    em.createNativeQuery(
                            "select state, reason, node, done, total, started_at, finished_at,"
                                + " heartbeat_at, error from search_rebuild where id = 1")
                        .getSingleResult());
    State state = State.valueOf((String) row[0]);
    String reason = (String) row[1];
    long done = ((Number) row[3]).longValue();
    long total = ((Number) row[4]).longValue();
    Instant startedAt = SqlValues.instant(row[5]);
    Instant finishedAt = SqlValues.instant(row[6]);
    Instant heartbeat = SqlValues.instant(row[7]);
    if (state == State.RUNNING && heartbeat != null && heartbeat.isBefore(now.minus(LOST_AFTER))) {
      return new RebuildProgress(
          State.FAILED,
          reason,
          done,
          total,
          0,
          null,
          startedAt,
          heartbeat,
          "the node running the rebuild (" + row[2] + ") stopped; start it again");
    }
    if (state != State.RUNNING) {
      return new RebuildProgress(
          state,
          reason,
          done,
          total,
          0,
          state == State.COMPLETED ? 0L : null,
          startedAt,
          finishedAt,
          (String) row[8]);
    }
    return RebuildProgress.running(reason, done, total, startedAt, now);
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  private <T> T inOwnTransaction(Callable<T> work) {
    try {
      return executor.submit(() -> OwnTransactions.inTransaction(transaction, work)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording the rebuild", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot record the rebuild: " + e.getCause(), e.getCause());
    }
  }
}
