package dev.sessionvault.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes' locks on one real database (H2 in memory, the migration's table). */
class ShedLockClusterLockTest {
  private final ScheduledExecutorService renewals = Executors.newScheduledThreadPool(1);
  private JdbcDataSource database;
  private ShedLockClusterLock nodeA;
  private ShedLockClusterLock nodeB;

  @BeforeEach
  void database() throws Exception {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:cluster-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          Files.readString(Path.of("src/main/resources/db/migration/V11__cluster.sql")));
    }
    nodeA = new ShedLockClusterLock(database, renewals);
    nodeB = new ShedLockClusterLock(database, renewals);
  }

  @AfterEach
  void stop() {
    renewals.shutdownNow();
  }

  @Test
  void aTimerFiringOnEveryNodeRunsOnce() {
    AtomicInteger runs = new AtomicInteger();
    assertTrue(nodeA.runOnce("retention", Duration.ofSeconds(30), runs::incrementAndGet));
    assertFalse(nodeB.runOnce("retention", Duration.ofSeconds(30), runs::incrementAndGet));
    assertFalse(nodeA.runOnce("retention", Duration.ofSeconds(30), runs::incrementAndGet));
    assertEquals(1, runs.get());
    assertTrue(nodeB.runOnce("auto-idle", Duration.ofSeconds(30), runs::incrementAndGet));
  }

  @Test
  void theLockIsFreeAgainOnceItsMinimumHasPassed() throws InterruptedException {
    assertTrue(nodeA.runOnce("auto-idle", Duration.ofMillis(300), () -> {}));
    assertFalse(nodeB.runOnce("auto-idle", Duration.ofMillis(300), () -> {}));
    Thread.sleep(400);
    assertTrue(nodeB.runOnce("auto-idle", Duration.ofMillis(300), () -> {}));
  }

  @Test
  void aRunningTaskKeepsItsLockWhateverItsMinimum() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread slow =
        new Thread(
            () ->
                nodeA.runOnce(
                    "retention",
                    Duration.ZERO,
                    () -> {
                      started.countDown();
                      await(release);
                    }));
    slow.start();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    assertFalse(nodeB.runOnce("retention", Duration.ZERO, () -> {}), "taken while it runs");
    release.countDown();
    slow.join(5000);
    assertTrue(nodeB.runOnce("retention", Duration.ZERO, () -> {}), "free once it ended");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
