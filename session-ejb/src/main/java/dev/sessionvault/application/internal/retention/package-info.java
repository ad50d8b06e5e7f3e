/**
 * Retention at work: the plan of a policy, sessions moved to the trash and purged, storage against
 * quotas, and the timers that apply every account's policy nightly and idle sessions that went
 * quiet.
 */
package dev.sessionvault.application.internal.retention;
