package dev.sessionvault.cli;

/** A failure a shell user can act on: a message for stderr and the exit code that says its kind. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit codes, for scripts: 0 is success, 2 a wrong command line (picocli's). */
  static final int FAILED = 1;

  static final int NOT_SIGNED_IN = 3;
  static final int REFUSED = 4;
  static final int NOT_FOUND = 5;
  static final int UNREACHABLE = 6;
  static final int INVALID = 7;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
