package dev.sessionvault.domain.retention;

/** A session the policy deletes, and the first limit that deletes it. */
public record PlannedDeletion(RetentionCandidate session, DeletionReason reason) {}
