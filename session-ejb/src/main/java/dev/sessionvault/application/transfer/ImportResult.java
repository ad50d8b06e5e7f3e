package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * One session of an import: where it was in the request, its id in the document ({@code
 * originalId}) and in the vault ({@code id}: a new one when the original was taken), the outcome
 * ({@code imported}, {@code replaced}, {@code skipped}, {@code failed}; a transcript read again:
 * {@code updated} or {@code unchanged}), warnings (what migration or the import changed) and, when
 * it failed, the HTTP status it would have had and its errors. For a transcript, {@code messages}
 * counts the new messages, {@code unchanged} the ones the session already held, and {@code
 * transcript} reports what the file held besides the conversation.
 */
public record ImportResult(
    String source,
    String originalId,
    UUID id,
    String outcome,
    long messages,
    List<String> warnings,
    Integer status,
    List<FieldError> errors,
    Long unchanged,
    TranscriptReport transcript) {

  public ImportResult(
      String source,
      String originalId,
      UUID id,
      String outcome,
      long messages,
      List<String> warnings,
      Integer status,
      List<FieldError> errors) {
    this(source, originalId, id, outcome, messages, warnings, status, errors, null, null);
  }
}
