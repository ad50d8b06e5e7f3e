package dev.sessionvault.application.view.retention;

import java.util.UUID;

/** A project's own retention limits (null: no limit). */
public record ProjectLimitsView(
    UUID projectId, Integer maxAgeDays, Integer maxSessions, Long quotaBytes) {}
