package dev.sessionvault.domain.shared;

import java.util.Map;

/** A resource with the same unique key already exists in the caller's account. */
public class AlreadyExistsException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final transient Object existingId;

  public AlreadyExistsException(String message, Object existingId) {
    super(message);
    this.existingId = existingId;
  }

  @Override
  public Map<String, Object> details() {
    return existingId == null ? Map.of() : Map.of("existingId", existingId.toString());
  }
}
