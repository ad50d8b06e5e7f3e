package dev.sessionvault.infrastructure.search;

/**
 * The names of the analyzers and normalizers, defined in {@link SessionVaultAnalysisConfigurer}.
 */
public final class SearchAnalyzers {
  /** English prose: stemmed, so {@code failing} finds {@code failed}. */
  public static final String PROSE = "prose";

  /**
   * Source code and paths: identifiers split on case changes, digits and punctuation but kept whole
   * too, never stemmed, so {@code user} and {@code getUserById} both find {@code getUserById}.
   */
  public static final String CODE = "code";

  /**
   * The query side of {@link #CODE}: splits what a user typed the same way but keeps no whole
   * token, so {@code main/java} becomes the phrase {@code main java} and {@code getUserById} the
   * phrase {@code get user by id}, which the parts indexed by {@link #CODE} match in order.
   */
  public static final String CODE_QUERY = "code_query";

  /** Keywords compared case-insensitively (roles, tool names, statuses). */
  public static final String LOWERCASE = "lowercase";

  private SearchAnalyzers() {}
}
