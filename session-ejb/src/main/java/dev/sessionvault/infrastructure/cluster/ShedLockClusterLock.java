package dev.sessionvault.infrastructure.cluster;

import dev.sessionvault.application.ClusterLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * {@link ClusterLock} on ShedLock: a row per lock in the shared database ({@code shedlock},
 * V11__cluster.sql), taken by a conditional update that only one node can win. A lock is taken for
 * {@link #HELD_FOR} and renewed while the task runs (ShedLock's keep-alive), so a node that dies
 * mid-task frees it within that time. The nodes' clocks must agree (NTP): a lock's times are their
 * wall clocks.
 *
 * <p>Its statements commit on their own (autocommit): call it outside a transaction, as the timers
 * do.
 */
@ApplicationScoped
public class ShedLockClusterLock implements ClusterLock {
  static final Duration HELD_FOR = Duration.ofMinutes(1);

  /**
   * Unshareable: ShedLock switches its connections to autocommit, and a connection shared with the
   * caller's local transaction (the timers run in none) must not be.
   */
  @Resource(lookup = "jdbc/sessionvault", shareable = false)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  private LockProvider locks;

  /**
   * Where ShedLock's statements and lock renewals run: threads of their own. Run in a timer's local
   * transaction, whose work then used the persistence context, the statements broke the
   * connection's reassociation at its end (J2CA0026E, DSRA9400E).
   */
  private ScheduledExecutorService threads;

  public ShedLockClusterLock() {}

  /** A lock of one node, outside the server (tests). */
  ShedLockClusterLock(DataSource dataSource, ScheduledExecutorService scheduler) {
    this.dataSource = dataSource;
    connect(scheduler);
  }

  @PostConstruct
  void connect() {
    connect(scheduler);
  }

  private void connect(ScheduledExecutorService executor) {
    threads = executor;
    locks = new KeepAliveLockProvider(new JdbcLockProvider(dataSource), executor);
  }

  @Override
  public boolean runOnce(String name, Duration atLeast, Runnable task) {
    Duration held = atLeast.compareTo(HELD_FOR) > 0 ? atLeast : HELD_FOR;
    Optional<SimpleLock> lock =
        onOwnThread(() -> locks.lock(new LockConfiguration(Instant.now(), name, held, atLeast)));
    if (lock.isEmpty()) {
      return false;
    }
    try {
      task.run();
      return true;
    } finally {
      onOwnThread(
          () -> {
            lock.get().unlock();
            return null;
          });
    }
  }

  private <T> T onOwnThread(Callable<T> statement) {
    try {
      return threads.submit(statement).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while taking a cluster lock", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cluster lock: " + e.getCause(), e.getCause());
    }
  }
}
