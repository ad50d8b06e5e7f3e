package dev.sessionvault.web.api.transfer.migration;

/** A document of a version (or a shape) this server cannot read. */
public class UnsupportedSchemaVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String member;

  UnsupportedSchemaVersionException(String member, String found) {
    super(found + " is not supported; supported schema versions: 1, 2, 3, 4");
    this.member = member;
  }

  /** The member that names the version ({@code schemaVersion}, {@code version}), or "". */
  public String member() {
    return member;
  }
}
