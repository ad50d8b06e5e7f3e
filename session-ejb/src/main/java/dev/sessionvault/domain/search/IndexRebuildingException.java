package dev.sessionvault.domain.search;

import dev.sessionvault.domain.shared.DomainException;

/** Search is unavailable while the index is being rebuilt; the client should retry later. */
public class IndexRebuildingException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final transient RebuildProgress progress;

  public IndexRebuildingException(RebuildProgress progress) {
    super(
        "the search index is being rebuilt ("
            + progress.percent()
            + "% done, "
            + progress.done()
            + " of "
            + progress.total()
            + "); retry later");
    this.progress = progress;
  }

  public RebuildProgress progress() {
    return progress;
  }

  public int percent() {
    return progress.percent();
  }

  public long done() {
    return progress.done();
  }

  public long total() {
    return progress.total();
  }

  /** A sensible wait before retrying: the estimate, kept between 1 and 30 seconds. */
  public long retryAfterSeconds() {
    Long eta = progress.etaSeconds();
    return eta == null ? 5 : Math.max(1, Math.min(30, eta));
  }
}
