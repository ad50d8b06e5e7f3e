package dev.sessionvault.application.internal;

import dev.sessionvault.application.OperationsMetrics;
import dev.sessionvault.application.OperationsMetrics.StoredFigures;
import dev.sessionvault.domain.retention.RetentionRepository;
import dev.sessionvault.domain.retention.StorageUsage;
import dev.sessionvault.domain.search.ConversationIndex;
import dev.sessionvault.domain.search.IndexStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads what the installation stores every {@code sessionvault.metrics.refresh.seconds} (default
 * 30) for the metrics: a scrape then costs nothing, and the database is asked a few aggregate
 * queries at a steady pace however often it is scraped.
 */
@Singleton
@Startup
@PermitAll
public class StoredFiguresTimer {
  private static final Logger LOG = Logger.getLogger(StoredFiguresTimer.class.getName());

  @Resource TimerService timers;
  @Inject RetentionRepository storage;
  @Inject ConversationIndex index;
  @Inject OperationsMetrics metrics;

  @Inject
  @ConfigProperty(name = "sessionvault.metrics.refresh.seconds", defaultValue = "30")
  long refreshSeconds;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, refreshSeconds) * 1000;
    timers.createIntervalTimer(1000, every, new TimerConfig("stored figures", false));
  }

  @Timeout
  void read() {
    try {
      StorageUsage total = storage.total();
      IndexStatus status = index.status(true);
      metrics.stored(
          new StoredFigures(
              total.sessions(),
              total.messages(),
              total.trashSessions(),
              status.documents() == null ? 0 : status.documents(),
              storage.storageByAccountName()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not read the stored figures for the metrics", e);
    }
  }
}
