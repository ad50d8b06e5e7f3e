/** Secrets found in text and replaced by a marker that names their kind. */
package dev.sessionvault.domain.redaction;
