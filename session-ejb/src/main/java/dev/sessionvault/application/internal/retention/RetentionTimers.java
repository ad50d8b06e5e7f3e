package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.ClusterLock;
import dev.sessionvault.application.audit.AuditContext;
import dev.sessionvault.domain.retention.IdleCandidate;
import dev.sessionvault.domain.shared.Timestamps;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's own schedule: every account's retention policy at {@code
 * sessionvault.retention.schedule} (a daily UTC time, default 03:00, or an ISO-8601 interval such
 * as PT1H), and a look for sessions to idle every {@code sessionvault.idle.check.seconds} (default
 * 60). Timers are not persistent: a server that was down at the time runs the next day, and
 * auto-idle catches up at its next look. What they do is audited with the system as the actor.
 *
 * <p>Every node of a cluster has these timers; each run takes the timer's {@link ClusterLock}
 * first, so one node does the work and the others, firing at the same moment, skip it.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimers {
  private static final Logger LOG = Logger.getLogger(RetentionTimers.class.getName());
  private static final String RETENTION = "retention";
  private static final String IDLE = "auto-idle";

  /** Sessions idled per look: a backlog drains over the following looks. */
  private static final int IDLE_BATCH = 500;

  @Resource TimerService timers;
  @Inject RetentionSteps steps;
  @Inject RetentionRunner runner;
  @Inject AutoIdle autoIdle;
  @Inject AuditContext audit;
  @Inject Clock clock;
  @Inject ClusterLock cluster;

  @Inject
  @ConfigProperty(name = "sessionvault.retention.schedule", defaultValue = "03:00")
  String retentionSchedule;

  @Inject
  @ConfigProperty(name = "sessionvault.idle.check.seconds", defaultValue = "60")
  long idleCheckSeconds;

  private final AtomicBoolean retentionRunning = new AtomicBoolean();
  private final AtomicBoolean idleRunning = new AtomicBoolean();

  /**
   * How long a run keeps its timer's lock at least: half the time to the next run, so that the same
   * firing on another node (its clock a little off) finds it taken.
   */
  private Duration retentionGap;

  private Duration idleGap;

  @PostConstruct
  void schedule() {
    String schedule = retentionSchedule.trim();
    if (schedule.startsWith("P")) {
      long every = interval(schedule).toMillis();
      timers.createIntervalTimer(
          untilNextMultiple(every), every, new TimerConfig(RETENTION, false));
      retentionGap = Duration.ofMillis(every / 2);
    } else {
      LocalTime at = dailyTime(schedule);
      timers.createCalendarTimer(
          new ScheduleExpression()
              .timezone("UTC")
              .hour(at.getHour())
              .minute(at.getMinute())
              .second(0),
          new TimerConfig(RETENTION, false));
      retentionGap = Duration.ofHours(1);
    }
    long idleEvery = Math.max(1, idleCheckSeconds) * 1000;
    timers.createIntervalTimer(
        untilNextMultiple(idleEvery), idleEvery, new TimerConfig(IDLE, false));
    idleGap = Duration.ofMillis(idleEvery / 2);
  }

  /**
   * Milliseconds until the clock next reaches a multiple of the interval (PT1H: the full hour), so
   * that every node's timer fires at the same moments and the cluster lock lets one run.
   */
  private long untilNextMultiple(long everyMillis) {
    long now = clock.millis();
    return everyMillis - Math.floorMod(now, everyMillis);
  }

  private static Duration interval(String schedule) {
    try {
      Duration every = Duration.parse(schedule);
      if (!every.isNegative() && every.toSeconds() >= 1) {
        return every;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    LOG.warning("sessionvault.retention.schedule '" + schedule + "' is no interval: using PT24H");
    return Duration.ofHours(24);
  }

  private static LocalTime dailyTime(String schedule) {
    try {
      return LocalTime.parse(schedule);
    } catch (DateTimeParseException e) {
      LOG.warning(
          "sessionvault.retention.schedule '" + schedule + "' is no HH:MM time: using 03:00");
      return LocalTime.of(3, 0);
    }
  }

  @Timeout
  void fire(Timer timer) {
    boolean retention = RETENTION.equals(timer.getInfo());
    AtomicBoolean running = retention ? retentionRunning : idleRunning;
    // a slow run is not started again while it lasts
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      audit.actAsSystem();
      if (retention) {
        cluster.runOnce(RETENTION, retentionGap, this::applyEveryPolicy);
      } else {
        cluster.runOnce(IDLE, idleGap, this::idleQuietSessions);
      }
    } finally {
      running.set(false);
    }
  }

  /** Applies each account's policy; one account's failure does not stop the others. */
  void applyEveryPolicy() {
    List<UUID> accounts = steps.accountsWithPolicies();
    for (UUID account : accounts) {
      try {
        runner.run(account);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "retention run of account " + account + " failed", e);
      }
    }
  }

  /** Idles the sessions whose timeout has passed, a batch at a time. */
  void idleQuietSessions() {
    Instant now = Timestamps.normalize(clock.instant());
    List<IdleCandidate> batch = steps.overdueForIdle(now, IDLE_BATCH);
    for (IdleCandidate candidate : batch) {
      try {
        autoIdle.idle(candidate, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not idle session " + candidate.sessionId(), e);
      }
    }
  }
}
