package dev.sessionvault.domain.shared;

import java.util.Map;

/** The request is well-formed but conflicts with the current state of a resource. */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }

  /** Extra members a client can act on, added to the problem document (e.g. allowed targets). */
  public Map<String, Object> details() {
    return Map.of();
  }
}
