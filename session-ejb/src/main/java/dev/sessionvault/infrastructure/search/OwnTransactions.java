package dev.sessionvault.infrastructure.search;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/**
 * Background work of the index (refreshing edited sessions, recording a rebuild) that commits on
 * its own: no caller waits for it, so it runs no application service.
 */
final class OwnTransactions {
  private OwnTransactions() {}

  /** Runs the work in a new transaction of this thread, committed unless the work throws. */
  static <T> T inTransaction(UserTransaction transaction, Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception | Error e) {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      throw e;
    }
  }
}
