package dev.sessionvault.domain.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.application.ManualClock;
import dev.sessionvault.domain.session.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetentionPlanTest {
  private final ManualClock clock = new ManualClock();
  private final UUID account = UUID.randomUUID();
  private final List<RetentionCandidate> sessions = new ArrayList<>();

  @Test
  void keepingEverythingDeletesNothing() {
    add("a", days(5000), 1_000_000, false, null);
    assertEquals(List.of(), plan(policy(RetentionLimits.NONE)));
  }

  @Test
  void ageCountsFromTheCloseOfAClosedSessionAndFromTheLastActivityOfAnOpenOne() {
    RetentionCandidate closedLongAgo =
        candidate("closed", SessionStatus.COMPLETED, days(40), days(31), 10, false, null);
    RetentionCandidate closedRecently =
        candidate("closed recently", SessionStatus.COMPLETED, days(40), days(29), 10, false, null);
    sessions.addAll(List.of(closedLongAgo, closedRecently));
    RetentionCandidate quiet = add("quiet", days(32), 10, false, null);
    add("busy", days(1), 10, false, null);

    List<PlannedDeletion> plan = plan(policy(new RetentionLimits(30, null, null)));

    assertEquals(List.of(quiet, closedLongAgo), sessionsOf(plan), "oldest first");
    assertEquals(Set.of(DeletionReason.MAX_AGE), reasons(plan));
  }

  @Test
  void theAgeLimitMovesWithTheClock() {
    RetentionCandidate session = add("s", days(29), 10, false, null);
    RetentionPolicy policy = policy(new RetentionLimits(30, null, null));
    assertEquals(List.of(), plan(policy));
    clock.advance(Duration.ofDays(2));
    assertEquals(List.of(session), sessionsOf(plan(policy)));
  }

  @Test
  void aMaximumNumberKeepsTheNewestAndDoesNotCountExemptSessions() {
    RetentionCandidate oldest = add("1", days(4), 10, false, null);
    add("exempt", days(9), 10, true, null);
    RetentionCandidate older = add("2", days(3), 10, false, null);
    add("3", days(2), 10, false, null);
    add("4", days(1), 10, false, null);

    List<PlannedDeletion> plan = plan(policy(new RetentionLimits(null, 2, null)));

    assertEquals(List.of(oldest, older), sessionsOf(plan));
    assertEquals(Set.of(DeletionReason.MAX_SESSIONS), reasons(plan));
  }

  @Test
  void aQuotaDeletesTheOldestUntilTheRestFitsAndExemptSessionsStillTakeRoom() {
    add("exempt", days(50), 500, true, null);
    RetentionCandidate oldest = add("1", days(40), 300, false, null);
    RetentionCandidate older = add("2", days(30), 300, false, null);
    add("3", days(20), 300, false, null);

    // 1,400 stored, room for 900: the exempt 500 stays, so two of the others go
    List<PlannedDeletion> plan = plan(policy(new RetentionLimits(null, null, 900L)));

    assertEquals(List.of(oldest, older), sessionsOf(plan));
    assertEquals(Set.of(DeletionReason.QUOTA), reasons(plan));
  }

  @Test
  void aProjectsLimitsReplaceTheAccountsForItsSessions() {
    UUID project = UUID.randomUUID();
    RetentionCandidate inProject = add("in", days(20), 10, false, project);
    RetentionCandidate veryOldInProject = add("very old in", days(401), 10, false, project);
    add("outside", days(20), 10, false, null);
    RetentionCandidate veryOldOutside = add("very old outside", days(400), 10, false, null);
    RetentionPolicy policy = policy(new RetentionLimits(365, null, null));
    policy.change(
        policy.limits(),
        List.of(new ProjectLimits(project, new RetentionLimits(10, null, null))),
        Set.of("keep"),
        null,
        clock.instant());

    assertEquals(List.of(veryOldInProject, veryOldOutside, inProject), sessionsOf(plan(policy)));
  }

  @Test
  void aProjectWithoutLimitsKeepsEverythingOfItsOwn() {
    UUID project = UUID.randomUUID();
    add("in", days(400), 10, false, project);
    RetentionCandidate outside = add("outside", days(400), 10, false, null);
    RetentionPolicy policy = policy(new RetentionLimits(365, null, null));
    policy.change(
        policy.limits(),
        List.of(new ProjectLimits(project, RetentionLimits.NONE)),
        Set.of(),
        null,
        clock.instant());

    assertEquals(List.of(outside), sessionsOf(plan(policy)));
  }

  @Test
  void theAccountsQuotaCoversItsProjectsToo() {
    UUID project = UUID.randomUUID();
    RetentionCandidate oldInProject = add("in", days(30), 600, false, project);
    add("outside", days(10), 600, false, null);
    RetentionPolicy policy = policy(new RetentionLimits(null, null, 1000L));
    policy.change(
        policy.limits(),
        List.of(new ProjectLimits(project, RetentionLimits.NONE)),
        Set.of(),
        null,
        clock.instant());

    assertEquals(List.of(oldInProject), sessionsOf(plan(policy)));
  }

  @Test
  void theSameSessionsAndMomentGiveTheSamePlan() {
    for (int i = 0; i < 50; i++) {
      add("s" + i, days(i * 3), 100 + i, i % 7 == 0, null);
    }
    RetentionPolicy policy = policy(new RetentionLimits(90, 20, 2_000L));
    assertEquals(plan(policy), plan(policy));
  }

  private List<PlannedDeletion> plan(RetentionPolicy policy) {
    return RetentionPlan.of(policy, sessions, clock.instant());
  }

  private RetentionPolicy policy(RetentionLimits limits) {
    RetentionPolicy policy = RetentionPolicy.keepEverything(account, clock.instant());
    policy.change(limits, List.of(), Set.of("keep"), null, clock.instant());
    return policy;
  }

  private RetentionCandidate add(
      String name, Instant lastActivity, long bytes, boolean exempt, UUID project) {
    RetentionCandidate candidate =
        candidate(name, SessionStatus.ACTIVE, lastActivity, null, bytes, exempt, project);
    sessions.add(candidate);
    return candidate;
  }

  private static RetentionCandidate candidate(
      String name,
      SessionStatus status,
      Instant lastActivity,
      Instant closed,
      long bytes,
      boolean exempt,
      UUID project) {
    return new RetentionCandidate(
        UUID.randomUUID(), name, project, status, lastActivity, closed, 1, bytes, exempt);
  }

  private Instant days(int ago) {
    return clock.instant().minus(Duration.ofDays(ago));
  }

  private static List<RetentionCandidate> sessionsOf(List<PlannedDeletion> plan) {
    return plan.stream().map(PlannedDeletion::session).toList();
  }

  private static Set<DeletionReason> reasons(List<PlannedDeletion> plan) {
    return Set.copyOf(plan.stream().map(PlannedDeletion::reason).toList());
  }
}
