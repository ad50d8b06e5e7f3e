/** Messages of a session's conversation: ordered by a gapless per-session sequence number. */
package dev.sessionvault.domain.message;
