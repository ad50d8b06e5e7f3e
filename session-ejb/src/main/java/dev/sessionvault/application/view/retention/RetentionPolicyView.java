package dev.sessionvault.application.view.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account's retention policy as it applies now.
 *
 * @param trashDays how long a deleted session waits in the trash (a server setting)
 * @param version the policy's version (its ETag); 0 for an account that never chose one
 */
public record RetentionPolicyView(
    UUID accountId,
    Integer maxAgeDays,
    Integer maxSessions,
    Long quotaBytes,
    List<String> exemptTags,
    Integer idleTimeoutMinutes,
    List<ProjectLimitsView> projects,
    int trashDays,
    Instant updatedAt,
    long version) {}
