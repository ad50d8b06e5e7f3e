package dev.sessionvault.infrastructure.search.analysis;

/**
 * The names of the analyzers and normalizers, defined in {@link SessionVaultAnalysisConfigurer}.
 */
public final class SearchAnalyzers {
  /**
   * Everything searchable, prose and code in one token stream: words split at anything but letters,
   * digits and underscores ({@code src/main/java/Foo.java} is five words); identifiers ({@code
   * getUserById}, {@code snake_case_name}, {@code utf8}) kept whole and unstemmed and also split
   * into their parts; English words stemmed, so {@code failing} finds {@code failed} and {@code
   * user} finds {@code getUserById}, while {@code connectionPool} does not find {@code
   * connectionPooling}.
   */
  public static final String TEXT = "text";

  /**
   * The query side of {@link #TEXT}: the same words, but an identifier stays one whole word (never
   * split into parts), so every query word is one indexed term, or a phrase of terms when it holds
   * punctuation ({@code main/java}). One term per word is what keeps search fast on large indexes.
   */
  public static final String TEXT_QUERY = "text_query";

  /** Keywords compared case-insensitively (roles, tool names, statuses). */
  public static final String LOWERCASE = "lowercase";

  private SearchAnalyzers() {}
}
