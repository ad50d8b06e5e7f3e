package dev.sessionvault.domain.shared;

/**
 * A resource does not exist in the caller's account (another account's resources are absent too).
 */
public class ResourceNotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String resource, Object id) {
    super(resource + " '" + id + "' does not exist");
  }
}
