package dev.sessionvault.infrastructure.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Lets one node at a time finish starting on a database shared by several: ShedLock's {@code
 * startup} row, taken once the schema is migrated (Flyway serialises the migrations itself) and
 * released when the search index's startup check is done ({@link #release}). Hibernate Search
 * creates missing indexes of a search cluster while it boots, and two nodes starting together on a
 * new cluster both tried: one failed with "index already exists" (HSEARCH400007) and its
 * application did not start. A node that dies holding the lock holds the others up for at most
 * {@link #HELD_AT_MOST}.
 */
public final class BootstrapLock {
  private static final System.Logger LOG = System.getLogger(BootstrapLock.class.getName());
  private static final Duration HELD_AT_MOST = Duration.ofMinutes(3);

  private static SimpleLock held;

  private BootstrapLock() {}

  /** Waits until no other node is starting (at most {@link #HELD_AT_MOST}), then holds the lock. */
  static synchronized void acquire(DataSource dataSource) {
    JdbcLockProvider locks = new JdbcLockProvider(dataSource);
    long deadline = System.nanoTime() + HELD_AT_MOST.toNanos();
    boolean logged = false;
    while (true) {
      Optional<SimpleLock> lock =
          locks.lock(new LockConfiguration(Instant.now(), "startup", HELD_AT_MOST, Duration.ZERO));
      if (lock.isPresent()) {
        held = lock.get();
        return;
      }
      if (System.nanoTime() > deadline) {
        LOG.log(System.Logger.Level.WARNING, "Starting while another node still holds the startup");
        return;
      }
      if (!logged) {
        LOG.log(System.Logger.Level.INFO, "Waiting for another node to finish starting");
        logged = true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Lets the next node start; idempotent. */
  public static synchronized void release() {
    if (held != null) {
      try {
        held.unlock();
      } finally {
        held = null;
      }
    }
  }
}
