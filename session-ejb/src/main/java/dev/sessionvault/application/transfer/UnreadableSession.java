package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.FieldError;
import java.util.List;

/**
 * A session document that could not be read: each error's field is the exact place (JSON pointer,
 * or line number) of a problem, its message what is expected there; {@code status} is 400 for a
 * malformed document, 422 for one of a version this server does not read.
 */
public record UnreadableSession(
    String source, String originalId, int status, List<FieldError> errors) implements ImportItem {}
