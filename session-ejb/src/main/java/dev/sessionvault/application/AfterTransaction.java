package dev.sessionvault.application;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait until the current transaction has ended: others see its changes only then.
 */
public final class AfterTransaction {
  private AfterTransaction() {}

  /** Runs the work once the current transaction has committed (not after a rollback). */
  public static void onCommit(TransactionSynchronizationRegistry transactions, Runnable work) {
    register(transactions, work, true);
  }

  /** Runs the work once the current transaction has ended, however it ended. */
  public static void onEnd(TransactionSynchronizationRegistry transactions, Runnable work) {
    register(transactions, work, false);
  }

  private static void register(
      TransactionSynchronizationRegistry transactions, Runnable work, boolean onlyOnCommit) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing is visible to others yet
          }

          @Override
          public void afterCompletion(int status) {
            if (!onlyOnCommit || status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
