package dev.sessionvault.infrastructure.persistence;

import dev.sessionvault.application.CommitDurability;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Group commit for the embedded H2 database. H2 writes committed transactions to its file in the
 * background ({@code WRITE_DELAY}, datasource-h2.xml); with a write of its own per commit ({@code
 * WRITE_DELAY=0}) that write was a third of a request's time and writers queued behind each other's
 * (BENCHMARKS.md, "Writes"). Here the first caller to wait runs {@code CHECKPOINT}, which writes
 * everything committed so far, and every caller whose commit it covered returns with it; callers
 * that arrive meanwhile are covered by the next one. PostgreSQL makes every commit durable itself
 * (and groups concurrent commits): there the call returns at once.
 */
@ApplicationScoped
public class GroupCommit implements CommitDurability {
  @Resource(lookup = "jdbc/sessionvault")
  DataSource dataSource;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();

  /** Callers so far, in the order they asked. */
  private long asked;

  /** Every caller up to this one is durable. */
  private long durable;

  private boolean writing;
  private volatile Boolean embedded;

  @Override
  public void awaitDurable() {
    if (!embedded()) {
      return;
    }
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

  private boolean embedded() {
    Boolean known = embedded;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().equals("H2");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell which database this is", e);
      }
      embedded = known;
    }
    return known;
  }

  private void checkpoint() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IllegalStateException("could not write committed changes to disk", e);
    }
  }
}
