package dev.sessionvault.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.UUID;

/** A project's own limits: they replace the account's for the project's sessions. */
@Embeddable
public record ProjectLimits(
    @Column(name = "project_id", nullable = false) UUID projectId,
    @Embedded RetentionLimits limits) {}
