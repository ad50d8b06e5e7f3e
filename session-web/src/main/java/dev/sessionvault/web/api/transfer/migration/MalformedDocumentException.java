package dev.sessionvault.web.api.transfer.migration;

/** An old document whose member at {@code pointer} does not have the shape its version has. */
public class MalformedDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  MalformedDocumentException(String pointer, String message) {
    super(message);
    this.pointer = pointer;
  }

  /** Where the problem is, as a JSON pointer into the document. */
  public String pointer() {
    return pointer;
  }
}
