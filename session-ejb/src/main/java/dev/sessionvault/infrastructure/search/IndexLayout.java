package dev.sessionvault.infrastructure.search;

/** The version of the index layout, which every index store records beside the index it built. */
public final class IndexLayout {
  /**
   * Raise it with every mapping change that existing documents do not follow: the startup check
   * rebuilds an index of an older layout (Lucene), and an OpenSearch deployment starts in new
   * indexes named with it. Layout 3 has no term vectors (highlights come from {@link
   * ContentHighlighter}). Hits that still carry their session's status from before {@link
   * SessionLookup} need no rebuild: nothing reads that field any more. Nor did dropping the session
   * index: the hits' documents did not change, and its folder is deleted at startup ({@link
   * UnmappedIndexes}).
   */
  public static final String VERSION = "3";

  private IndexLayout() {}
}
