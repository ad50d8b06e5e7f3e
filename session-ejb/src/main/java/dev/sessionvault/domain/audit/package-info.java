/**
 * The audit trail: append-only records of every change and security event, chained per account by
 * hashes so that an edited, removed or inserted record is detectable.
 */
package dev.sessionvault.domain.audit;
