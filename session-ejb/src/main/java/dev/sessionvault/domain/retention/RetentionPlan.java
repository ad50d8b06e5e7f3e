package dev.sessionvault.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which sessions a policy deletes at a moment. Each scope (a project with its own limits, and the
 * rest of the account) applies its limits in order: age, then count (the newest stay), then quota
 * (the oldest go until the scope fits); then the account's quota applies to all that is left.
 * Exempt sessions never go, are not counted against a maximum number, and still take storage. Pure:
 * the same sessions and moment give the same plan, so a preview equals the run that follows.
 */
public final class RetentionPlan {
  private static final Comparator<RetentionCandidate> OLDEST_FIRST =
      Comparator.comparing(RetentionCandidate::lastUsed)
          .thenComparing(RetentionCandidate::sessionId);

  private final Instant now;
  private final Map<UUID, PlannedDeletion> deletions = new LinkedHashMap<>();

  private RetentionPlan(Instant now) {
    this.now = now;
  }

  /** The deletions, oldest session first. */
  public static List<PlannedDeletion> of(
      RetentionPolicy policy, Collection<RetentionCandidate> sessions, Instant now) {
    RetentionPlan plan = new RetentionPlan(now);
    Map<UUID, RetentionLimits> overrides = policy.projectLimits();
    List<RetentionCandidate> rest = new ArrayList<>();
    Map<UUID, List<RetentionCandidate>> byProject = new LinkedHashMap<>();
    for (RetentionCandidate session : sessions) {
      if (session.projectId() != null && overrides.containsKey(session.projectId())) {
        byProject.computeIfAbsent(session.projectId(), p -> new ArrayList<>()).add(session);
      } else {
        rest.add(session);
      }
    }
    byProject.forEach((project, members) -> plan.applyScope(overrides.get(project), members));
    plan.applyScope(policy.limits(), rest);
    Long accountQuota = policy.limits().quotaBytes();
    if (accountQuota != null) {
      plan.applyQuota(accountQuota, sessions);
    }
    return plan.deletions.values().stream()
        .sorted(Comparator.comparing(PlannedDeletion::session, OLDEST_FIRST))
        .toList();
  }

  private void applyScope(RetentionLimits limits, List<RetentionCandidate> members) {
    if (limits.maxAgeDays() != null) {
      Instant oldest = now.minus(Duration.ofDays(limits.maxAgeDays()));
      members.stream()
          .filter(session -> !session.exempt() && session.lastUsed().isBefore(oldest))
          .forEach(session -> delete(session, DeletionReason.MAX_AGE));
    }
    if (limits.maxSessions() != null) {
      List<RetentionCandidate> kept =
          members.stream()
              .filter(session -> !session.exempt() && !deleted(session))
              .sorted(OLDEST_FIRST.reversed())
              .toList();
      kept.stream()
          .skip(limits.maxSessions())
          .forEach(session -> delete(session, DeletionReason.MAX_SESSIONS));
    }
    if (limits.quotaBytes() != null) {
      applyQuota(limits.quotaBytes(), members);
    }
  }

  /** The oldest deletable sessions go until what stays fits in {@code quota}. */
  private void applyQuota(long quota, Collection<RetentionCandidate> members) {
    long stored =
        members.stream()
            .filter(session -> !deleted(session))
            .mapToLong(RetentionCandidate::storageBytes)
            .sum();
    List<RetentionCandidate> oldestFirst =
        members.stream()
            .filter(session -> !session.exempt() && !deleted(session))
            .sorted(OLDEST_FIRST)
            .toList();
    for (RetentionCandidate session : oldestFirst) {
      if (stored <= quota) {
        return;
      }
      delete(session, DeletionReason.QUOTA);
      stored -= session.storageBytes();
    }
  }

  private boolean deleted(RetentionCandidate session) {
    return deletions.containsKey(session.sessionId());
  }

  private void delete(RetentionCandidate session, DeletionReason reason) {
    deletions.putIfAbsent(session.sessionId(), new PlannedDeletion(session, reason));
  }
}
