package dev.sessionvault.domain.shared;

/**
 * The client's If-Match version is stale: someone changed the resource since the client read it.
 */
public class PreconditionFailedException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  public PreconditionFailedException(String resource, long expectedVersion, long currentVersion) {
    super(
        resource
            + " was modified: If-Match names version "
            + expectedVersion
            + " but the current version is "
            + currentVersion
            + "; fetch it again and retry");
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
