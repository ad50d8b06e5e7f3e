package dev.sessionvault.infrastructure.persistence.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Group commit for the embedded H2 database. H2 writes committed transactions to its file in the
 * background ({@code WRITE_DELAY}, datasource-h2.xml); with a write of its own per commit ({@code
 * WRITE_DELAY=0}) that write was a third of a request's time and writers queued behind each other's
 * (BENCHMARKS.md, "Writes"), and it never forced the file to disk, so an operating system crash
 * could still lose what was acknowledged. Here the first caller to wait runs {@code CHECKPOINT
 * SYNC}, which writes everything committed so far and forces it to disk, and every caller whose
 * commit it covered returns with it; callers that arrive meanwhile are covered by the next one.
 * PostgreSQL makes every commit durable before anyone can see it (and groups concurrent commits):
 * there the call returns at once.
 *
 * <p>Two kinds of callers: the API before it answers a write ({@link DurableCommits}), and the
 * search index before it commits ({@code DatabaseFirstDirectoryProvider}), so that the index never
 * holds what a crash could still take from the database. Hibernate builds it (as an {@link
 * Integrator}, with the persistence unit's own data source) before anything can write or index.
 */
public final class GroupCommit implements Integrator {
  private static volatile GroupCommit current;

  private final DataSource dataSource;
  private final boolean embedded;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();

  /** Callers so far, in the order they asked. */
  private long asked;

  /** Every caller up to this one is durable. */
  private long durable;

  private boolean writing;

  /** For the service loader, which registers integrators. */
  public GroupCommit() {
    this(null, false);
  }

  private GroupCommit(DataSource dataSource, boolean embedded) {
    this.dataSource = dataSource;
    this.embedded = embedded;
  }

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    current =
        new GroupCommit(
            sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class),
            metadata.getDatabase().getDialect() instanceof H2Dialect);
  }

  /** Returns once every transaction committed before the call is durable. */
  public static void awaitDurable() {
    GroupCommit commit = current;
    // before the persistence unit started (the index creating its empty folders) nothing is written
    if (commit != null && commit.embedded) {
      commit.await();
    }
  }

  private void await() {
    lock.lock();
    try {
      long ticket = ++asked;
      while (durable < ticket) {
        if (writing) {
          written.awaitUninterruptibly();
          continue;
        }
        writing = true;
        long covers = asked; // every one of these committed before the checkpoint starts
        boolean done = false;
        lock.unlock();
        try {
          checkpoint();
          done = true;
        } finally {
          lock.lock();
          writing = false;
          if (done) {
            durable = Math.max(durable, covers);
          }
          written.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void checkpoint() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new IllegalStateException("could not write committed changes to disk", e);
    }
  }
}
