package dev.sessionvault.domain.shared;

/**
 * One thing wrong with a request: where (a path such as {@code config.maxMessages} or {@code
 * [3].role}, or a query parameter name) and what to fix.
 */
public record FieldError(String field, String message) {}
