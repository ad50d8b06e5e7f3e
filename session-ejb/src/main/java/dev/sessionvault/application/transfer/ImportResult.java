package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * One session of an import: where it was in the request, its id in the document ({@code
 * originalId}) and in the vault ({@code id}: a new one when the original was taken), the outcome
 * ({@code imported}, {@code replaced}, {@code skipped}, {@code failed}), warnings (what migration
 * or the import changed) and, when it failed, the HTTP status it would have had and its errors.
 */
public record ImportResult(
    String source,
    String originalId,
    UUID id,
    String outcome,
    long messages,
    List<String> warnings,
    Integer status,
    List<FieldError> errors) {}
