package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.transfer.ImportJobView;
import dev.sessionvault.application.transfer.ImportReport;
import dev.sessionvault.application.transfer.ImportSource;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The import jobs of this server, in memory: a finished job is forgotten a day after it ended. */
@ApplicationScoped
public class ImportJobs {
  private static final Duration KEPT = Duration.ofDays(1);

  private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

  /** One job; the runner updates it, readers see its latest state. */
  public static final class Job {
    final UUID id = UUID.randomUUID();
    final UUID accountId;
    final String onConflict;
    final ImportSource source;
    final Instant createdAt = Timestamps.now();
    final AtomicLong sessionsRead = new AtomicLong();
    volatile String state = "queued";
    volatile Instant finishedAt;
    volatile ImportReport report;
    volatile String error;

    Job(UUID accountId, String onConflict, ImportSource source) {
      this.accountId = accountId;
      this.onConflict = onConflict;
      this.source = source;
    }

    ImportJobView view() {
      return new ImportJobView(
          id,
          state,
          onConflict,
          sessionsRead.get(),
          source.bytesRead(),
          source.bytesTotal(),
          createdAt,
          finishedAt,
          report,
          error);
    }

    void finish(String endState, ImportReport endReport, String endError) {
      report = endReport;
      error = endError;
      finishedAt = Timestamps.now();
      state = endState;
    }
  }

  Job add(UUID accountId, String onConflict, ImportSource source) {
    forgetOld();
    Job job = new Job(accountId, onConflict, source);
    jobs.put(job.id, job);
    return job;
  }

  /** The job, if it belongs to the account. */
  Optional<Job> find(UUID accountId, UUID jobId) {
    return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.accountId.equals(accountId));
  }

  private void forgetOld() {
    Instant limit = Timestamps.now().minus(KEPT);
    jobs.values().removeIf(job -> job.finishedAt != null && job.finishedAt.isBefore(limit));
  }
}
