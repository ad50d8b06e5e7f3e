/** The audit API: listing, streamed export (CSV, JSON Lines) and chain verification. */
package dev.sessionvault.web.api.audit;
