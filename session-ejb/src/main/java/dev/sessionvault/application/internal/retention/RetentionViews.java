package dev.sessionvault.application.internal.retention;

import dev.sessionvault.application.view.retention.ProjectLimitsView;
import dev.sessionvault.application.view.retention.RetentionDeletionView;
import dev.sessionvault.application.view.retention.RetentionOutcomeView;
import dev.sessionvault.application.view.retention.RetentionPolicyView;
import dev.sessionvault.application.view.retention.StorageUsageView;
import dev.sessionvault.application.view.retention.TrashEntryView;
import dev.sessionvault.domain.retention.PlannedDeletion;
import dev.sessionvault.domain.retention.RetentionCandidate;
import dev.sessionvault.domain.retention.RetentionPolicy;
import dev.sessionvault.domain.retention.StorageUsage;
import dev.sessionvault.domain.retention.TrashEntry;
import dev.sessionvault.domain.shared.WireNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Retention's views, built from its domain objects. */
final class RetentionViews {
  /** Usage at or above this share of the quota raises the warning. */
  static final double WARNING_LEVEL = 0.8;

  private RetentionViews() {}

  static RetentionPolicyView policy(RetentionPolicy policy, int trashDays) {
    return new RetentionPolicyView(
        policy.accountId(),
        policy.limits().maxAgeDays(),
        policy.limits().maxSessions(),
        policy.limits().quotaBytes(),
        policy.exemptTags(),
        policy.idleTimeoutMinutes(),
        policy.projects().stream()
            .map(
                project ->
                    new ProjectLimitsView(
                        project.projectId(),
                        project.limits().maxAgeDays(),
                        project.limits().maxSessions(),
                        project.limits().quotaBytes()))
            .toList(),
        trashDays,
        policy.updatedAt(),
        policy.version());
  }

  static RetentionOutcomeView outcome(
      Instant now, boolean applied, List<PlannedDeletion> deletions, long purged) {
    List<RetentionDeletionView> sessions =
        deletions.stream().map(deletion -> deletion(deletion, now)).toList();
    return new RetentionOutcomeView(
        now,
        applied,
        sessions,
        sessions.size(),
        sessions.stream().mapToLong(RetentionDeletionView::messages).sum(),
        sessions.stream().mapToLong(RetentionDeletionView::storageBytes).sum(),
        purged);
  }

  private static RetentionDeletionView deletion(PlannedDeletion deletion, Instant now) {
    RetentionCandidate session = deletion.session();
    return new RetentionDeletionView(
        session.sessionId(),
        session.name(),
        session.projectId(),
        WireNames.of(session.status()),
        session.lastUsed(),
        Math.max(0, Duration.between(session.lastUsed(), now).toDays()),
        session.messageCount(),
        session.storageBytes(),
        WireNames.of(deletion.reason()));
  }

  static TrashEntryView trashEntry(TrashEntry entry) {
    return new TrashEntryView(
        entry.id(),
        entry.sessionId(),
        entry.externalId(),
        entry.name(),
        entry.projectId(),
        WireNames.of(entry.status()),
        entry.lastActivityAt(),
        entry.messageCount(),
        entry.contentBytes(),
        WireNames.of(entry.reason()),
        entry.trashedAt(),
        entry.purgeAfter(),
        entry.storedBytes());
  }

  static StorageUsageView usage(
      UUID accountId, StorageUsage usage, Long quota, Instant warnedAt, Instant now) {
    Double percent =
        quota == null
            ? null
            : quota == 0
                ? (usage.storageBytes() == 0 ? 0.0 : 100.0)
                : Math.round(usage.storageBytes() * 1000.0 / quota) / 10.0;
    return new StorageUsageView(
        accountId,
        usage.sessions(),
        usage.messages(),
        usage.contentBytes(),
        usage.transcriptBytes(),
        usage.storageBytes(),
        quota,
        percent,
        level(usage.storageBytes(), quota),
        warnedAt,
        usage.trashSessions(),
        usage.trashBytes(),
        now);
  }

  /** ok, warning (80 % of the quota or more) or full (the quota reached). */
  static String level(long storageBytes, Long quota) {
    if (quota == null) {
      return "ok";
    }
    if (storageBytes >= quota) {
      return "full";
    }
    return storageBytes >= quota * WARNING_LEVEL ? "warning" : "ok";
  }
}
