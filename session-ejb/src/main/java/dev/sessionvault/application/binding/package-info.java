/**
 * Strict JSON binding of request documents onto command records, with a field path in every error
 * (JSON-B stops at the first problem and names no path).
 */
package dev.sessionvault.application.binding;
