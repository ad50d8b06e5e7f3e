package dev.sessionvault.infrastructure.search;

import dev.sessionvault.application.AfterTransaction;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.shared.Timestamps;
import dev.sessionvault.domain.todo.Todo;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Re-indexes what carries a copy of a session's fields (its messages, todos and interactions) after
 * the session was edited. The request is a row written in the edit's own transaction ({@code
 * search_refresh_requests}); a background task works it off in pages of their own transactions,
 * each page going to the index through Hibernate Search's outbox, and deletes the request at the
 * end. An edit therefore never waits for a long session, and a request interrupted by a crash is
 * finished after the restart ({@link #resumeAfterStart}). Refreshing twice is harmless, so a
 * request is done at least once, never lost.
 *
 * <p>Like the MassIndexer, this background work runs its own transactions ({@link UserTransaction})
 * rather than through an application service: no caller waits for it.
 */
@ApplicationScoped
public class SessionCopyRefresher {
  private static final Logger LOG = Logger.getLogger(SessionCopyRefresher.class.getName());
  private static final int PAGE = 500;
  private static final int SESSIONS_PER_ROUND = 100;

  @PersistenceContext(unitName = "sessionvault")
  EntityManager em;

  @Inject UserTransaction transaction;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The server's default executor: one drain at a time runs there. */
  @Resource ManagedExecutorService executor;

  private boolean draining;
  private boolean drainAgain;

  /** Records the request in the current transaction; the work starts once it commits. */
  public void request(Collection<UUID> sessionIds) {
    for (UUID sessionId : Set.copyOf(sessionIds)) {
      em.createNativeQuery(
              "insert into search_refresh_requests (session_id, requested_at) values (?1, ?2)")
          .setParameter(1, sessionId)
          .setParameter(2, Timestamps.now())
          .executeUpdate();
    }
    // only committed requests are worth working on
    AfterTransaction.onCommit(transactions, this::drainSoon);
  }

  /** Finishes the requests a stopped or crashed server left behind. */
  public void resumeAfterStart() {
    drainSoon();
  }

  /** Requests not yet worked off, for the index status. */
  public long pending() {
    return ((Number)
            em.createNativeQuery("select count(*) from search_refresh_requests").getSingleResult())
        .longValue();
  }

  private void drainSoon() {
    synchronized (this) {
      if (draining) {
        drainAgain = true; // the running drain looks again before it stops
        return;
      }
      draining = true;
    }
    executor.execute(this::drain);
  }

  private void drain() {
    try {
      while (true) {
        synchronized (this) {
          drainAgain = false;
        }
        while (refreshSomeSessions()) {
          // until no request is left
        }
        synchronized (this) {
          if (!drainAgain) {
            draining = false;
            return;
          }
        }
      }
    } catch (Exception e) {
      synchronized (this) {
        draining = false;
      }
      // the requests stay in the table: the next edit or restart tries again
      LOG.log(Level.WARNING, "Refreshing edited sessions in the search index failed", e);
    }
  }

  /** Refreshes up to {@link #SESSIONS_PER_ROUND} requested sessions; false when none was left. */
  private boolean refreshSomeSessions() throws Exception {
    List<Object[]> requests =
        inTransaction(
            () ->
                castRows(
                    em.createNativeQuery(
                            // as text: a native uuid comes back as bytes on H2
                            "select cast(session_id as varchar(36)), max(id)"
                                + " from search_refresh_requests"
                                + " group by session_id order by max(id)")
                        .setMaxResults(SESSIONS_PER_ROUND)
                        .getResultList()));
    for (Object[] request : requests) {
      UUID sessionId = UUID.fromString((String) request[0]);
      long upTo = ((Number) request[1]).longValue();
      refresh(sessionId);
      // later requests for the same session (edits made meanwhile) stay for the next round
      inTransaction(
          () ->
              em.createNativeQuery(
                      "delete from search_refresh_requests where session_id = ?1 and id <= ?2")
                  .setParameter(1, sessionId)
                  .setParameter(2, upTo)
                  .executeUpdate());
    }
    return !requests.isEmpty();
  }

  /**
   * Everything that copies the session's fields, a page per transaction, in the order of each
   * type's unique (session, number) index: on H2 a page ordered by id sorted all the session's
   * later rows first (2.5 s a page at 200,000 messages).
   */
  private void refresh(UUID sessionId) throws Exception {
    for (Class<?> type : List.of(Message.class, Todo.class, Interaction.class)) {
      String number = type == Todo.class ? "position" : "seq";
      long after = -1;
      while (true) {
        long from = after;
        List<?> page =
            inTransaction(
                () -> {
                  List<?> entities =
                      em.createQuery(
                              "select e from "
                                  + type.getSimpleName()
                                  + " e where e.session.id = :session and e."
                                  + number
                                  + " > :after order by e.session.id, e."
                                  + number)
                          .setParameter("session", sessionId)
                          .setParameter("after", type == Todo.class ? (Object) (int) from : from)
                          .setMaxResults(PAGE)
                          .getResultList();
                  SearchIndexingPlan plan = Search.session(em).indexingPlan();
                  entities.forEach(plan::addOrUpdate);
                  return entities;
                });
        if (page.size() < PAGE) {
          break;
        }
        after = numberOf(page.get(page.size() - 1));
      }
    }
  }

  private static long numberOf(Object entity) {
    if (entity instanceof Message message) {
      return message.seq();
    }
    if (entity instanceof Todo todo) {
      return todo.position();
    }
    return ((Interaction) entity).seq();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> castRows(List<?> rows) {
    return (List<Object[]>) rows;
  }

  private <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    return OwnTransactions.inTransaction(transaction, work);
  }
}
