/**
 * The audit trail: the interceptor that records every @Audited call, the hash chain's writer and
 * the audit services.
 */
package dev.sessionvault.application.internal.audit;
