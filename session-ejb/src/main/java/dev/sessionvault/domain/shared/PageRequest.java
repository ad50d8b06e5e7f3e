package dev.sessionvault.domain.shared;

/** A 1-based page number and a page size, already validated against the caller's limits. */
public record PageRequest(int page, int size) {
  public PageRequest {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1");
    }
  }

  public int offset() {
    return Math.multiplyExact(page - 1, size);
  }
}
