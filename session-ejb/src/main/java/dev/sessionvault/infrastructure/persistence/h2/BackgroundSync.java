package dev.sessionvault.infrastructure.persistence.h2;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forces the embedded database's file to disk once a second, whoever wrote (the search index's
 * processor, a background refresh, H2's own compaction). H2 may overwrite the space of a chunk that
 * stopped being used once {@code RETENTION_TIME} has passed (5 s, datasource-h2.xml, instead of 45
 * s, which let a bulk load grow the file to 9 times its live data); that is safe only if what made
 * the chunk unused is on disk by then, which this bounds to about a second.
 */
@ApplicationScoped
public class BackgroundSync {
  private static final Logger LOG = Logger.getLogger(BackgroundSync.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    task = scheduler.scheduleWithFixedDelay(this::sync, 1, 1, TimeUnit.SECONDS);
  }

  private void sync() {
    try {
      GroupCommit.awaitDurable();
    } catch (RuntimeException e) {
      // the next second tries again (a failure here is the database closing or failing)
      LOG.log(Level.FINE, "Background sync failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
