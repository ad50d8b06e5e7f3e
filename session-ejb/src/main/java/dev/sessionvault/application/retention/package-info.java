/**
 * Retention, the trash and storage use: an account's policy and what it would delete, runs now and
 * nightly, deleted sessions in their grace period, and storage against the quota.
 */
package dev.sessionvault.application.retention;
