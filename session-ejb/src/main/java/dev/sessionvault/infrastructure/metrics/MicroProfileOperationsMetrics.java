package dev.sessionvault.infrastructure.metrics;

import dev.sessionvault.application.AfterTransaction;
import dev.sessionvault.application.OperationsMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's figures in the application registry of MicroProfile Metrics, which Liberty
 * serves at {@code /metrics} in Prometheus format ({@code sessionvault_*}).
 */
@ApplicationScoped
public class MicroProfileOperationsMetrics implements OperationsMetrics {
  private static final String STORAGE = "sessionvault.storage.bytes";

  @Inject MetricRegistry registry;
  @Resource TransactionSynchronizationRegistry transactions;

  private Counter ingested;
  private Timer search;
  private Counter loginFailures;
  private Counter quotaWarnings;
  private final AtomicReference<StoredFigures> latest =
      new AtomicReference<>(new StoredFigures(0, 0, 0, 0, Map.of()));
  private final Map<String, AtomicLong> storageByAccount = new ConcurrentHashMap<>();

  /** Registers the metrics as the application starts, so a scrape lists them before any use. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
    // the observer's bean is created to receive the event: @PostConstruct has registered them
  }

  @PostConstruct
  void register() {
    ingested =
        registry.counter(
            Metadata.builder()
                .withName("sessionvault.messages.ingested")
                .withDescription("Messages stored since the server started (rate: the ingest rate)")
                .build());
    search =
        registry.timer(
            Metadata.builder()
                .withName("sessionvault.search")
                .withDescription("Time to answer a search")
                .withUnit(MetricUnits.SECONDS)
                .build());
    loginFailures =
        registry.counter(
            Metadata.builder()
                .withName("sessionvault.login.failures")
                .withDescription("Failed sign-ins (unknown key, wrong password, not a member)")
                .build());
    quotaWarnings =
        registry.counter(
            Metadata.builder()
                .withName("sessionvault.quota.warnings")
                .withDescription("Accounts crossing 80 % of their storage quota")
                .build());
    gauge("sessionvault.sessions.stored", "Sessions stored", f -> f.sessions());
    gauge("sessionvault.messages.stored", "Messages stored", f -> f.messages());
    gauge("sessionvault.trash.sessions", "Deleted sessions in the trash", f -> f.trashSessions());
    gauge("sessionvault.index.documents", "Documents in the search index", f -> f.indexDocuments());
  }

  private void gauge(String name, String description, ToLong figure) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        latest,
        current -> figure.of(current.get()));
  }

  /** A figure of the latest reading. */
  @FunctionalInterface
  private interface ToLong {
    long of(StoredFigures figures);
  }

  @Override
  public void messagesStored(long count) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      ingested.inc(count);
      return;
    }
    // one count per transaction, added when it commits
    AtomicLong pending = (AtomicLong) transactions.getResource(MicroProfileOperationsMetrics.class);
    if (pending == null) {
      AtomicLong created = new AtomicLong();
      transactions.putResource(MicroProfileOperationsMetrics.class, created);
      AfterTransaction.onCommit(transactions, () -> ingested.inc(created.get()));
      pending = created;
    }
    pending.addAndGet(count);
  }

  @Override
  public void searched(Duration took) {
    search.update(took);
  }

  @Override
  public void retentionDeleted(String reason, long sessions) {
    registry
        .counter(
            Metadata.builder()
                .withName("sessionvault.retention.deleted")
                .withDescription("Sessions retention moved to the trash, by the limit that did")
                .build(),
            new Tag("reason", reason))
        .inc(sessions);
  }

  @Override
  public void signInFailed() {
    loginFailures.inc();
  }

  @Override
  public void quotaWarningRaised() {
    quotaWarnings.inc();
  }

  @Override
  public void stored(StoredFigures figures) {
    latest.set(figures);
    figures.storageBytesByAccount().forEach(this::storage);
    Set<String> gone = Set.copyOf(storageByAccount.keySet());
    for (String account : gone) {
      if (!figures.storageBytesByAccount().containsKey(account)) {
        storageByAccount.remove(account);
        registry.remove(new MetricID(STORAGE, new Tag("account", account)));
      }
    }
  }

  private void storage(String account, long bytes) {
    storageByAccount
        .computeIfAbsent(
            account,
            name -> {
              AtomicLong value = new AtomicLong();
              registry.gauge(
                  Metadata.builder()
                      .withName(STORAGE)
                      .withDescription("Storage an account uses, as its quota counts it")
                      .withUnit(MetricUnits.BYTES)
                      .build(),
                  value,
                  AtomicLong::get,
                  new Tag("account", name));
              return value;
            })
        .set(bytes);
  }
}
