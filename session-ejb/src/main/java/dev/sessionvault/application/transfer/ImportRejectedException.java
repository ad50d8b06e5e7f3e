package dev.sessionvault.application.transfer;

import dev.sessionvault.domain.shared.DomainException;

/**
 * No session of an import request could be imported: the request failed as a whole (and is audited
 * as failed), answered with the status and errors of its first failure and the whole report.
 */
public class ImportRejectedException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient ImportReport report;

  public ImportRejectedException(ImportReport report) {
    super("no session of the request could be imported");
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }

  /** The first session that failed: its status and errors are the request's. */
  public ImportResult firstFailure() {
    return report.sessions().stream()
        .filter(result -> result.outcome().equals("failed"))
        .findFirst()
        .orElseThrow();
  }
}
