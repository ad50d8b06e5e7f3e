/**
 * The session aggregate: one conversation of an AI coding assistant, its lifecycle (the status
 * machine), its settings and the exact aggregates of everything appended to it.
 */
package dev.sessionvault.domain.session;
