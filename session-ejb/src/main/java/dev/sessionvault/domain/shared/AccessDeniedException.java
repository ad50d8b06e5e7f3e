package dev.sessionvault.domain.shared;

/** The caller is known but may not do this (its role, or a key's project restriction). */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
