package dev.sessionvault.domain.shared;

/** A 1-based page number and a page size, already validated against the caller's limits. */
public record PageRequest(int page, int size) {
  public PageRequest {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1");
    }
  }

  /**
   * Items before this page: a long, since a page far out (page × size) passes what an int holds.
   */
  public long offset() {
    return (long) (page - 1) * size;
  }

  /** Whether the page starts at or after the end of {@code total} items: it is empty. */
  public boolean startsAfter(long total) {
    return offset() >= total;
  }

  /**
   * The offset as a query's first result. Only for a page that starts within the items (see {@link
   * #startsAfter}) or within a window an int holds.
   */
  public int firstResult() {
    return Math.toIntExact(offset());
  }
}
