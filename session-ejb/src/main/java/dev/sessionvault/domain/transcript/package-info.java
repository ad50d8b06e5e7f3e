/**
 * The transcript files assistants wrote, kept as they were sent next to the sessions read from
 * them.
 */
package dev.sessionvault.domain.transcript;
