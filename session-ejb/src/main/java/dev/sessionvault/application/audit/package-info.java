/**
 * The audit trail's use cases: recording every mutation (@Audited) and reading, exporting and
 * verifying the trail.
 */
package dev.sessionvault.application.audit;
