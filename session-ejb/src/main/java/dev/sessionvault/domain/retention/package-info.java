/**
 * Retention: what an account keeps, and for how long. A policy (per account, with per-project
 * overrides) names limits on age, count and storage; a {@link RetentionPlan} says which sessions
 * they would delete at a moment; deleted sessions wait in the trash ({@link TrashedSession}) for a
 * grace period before they are purged.
 */
package dev.sessionvault.domain.retention;
