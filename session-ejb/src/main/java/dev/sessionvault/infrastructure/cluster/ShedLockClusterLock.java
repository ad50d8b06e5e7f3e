package dev.sessionvault.infrastructure.cluster;

import dev.sessionvault.application.ClusterLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

  @Resource(lookup = "jdbc/sessionvault")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  private LockProvider locks;

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

  private void connect(ScheduledExecutorService renewals) {
    locks = new KeepAliveLockProvider(new JdbcLockProvider(dataSource), renewals);
  }

  @Override
  public boolean runOnce(String name, Duration atLeast, Runnable task) {
    Duration held = atLeast.compareTo(HELD_FOR) > 0 ? atLeast : HELD_FOR;
    Optional<SimpleLock> lock =
        locks.lock(new LockConfiguration(Instant.now(), name, held, atLeast));
    if (lock.isEmpty()) {
      return false;
    }
    try {
      task.run();
      return true;
    } finally {
      lock.get().unlock();
    }
  }
}
