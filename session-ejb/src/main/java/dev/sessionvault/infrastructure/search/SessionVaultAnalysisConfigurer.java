package dev.sessionvault.infrastructure.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link SearchAnalyzers}. The Lucene backend has no built-in
 * English analyzer (HSEARCH000353), so the chains are built here from Lucene's filters.
 */
public class SessionVaultAnalysisConfigurer implements LuceneAnalysisConfigurer {
  /** A lower-case letter before an upper-case one, an underscore, or a letter next to a digit. */
  static final String IDENTIFIER = ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*";

  /** Words are runs of letters, digits and underscores: paths and calls fall apart into words. */
  static final String WORD_SEPARATORS = "[^\\p{L}\\p{N}_]+";

  /** A longer run of letters is cut, not dropped (the truncate filter takes at most 127). */
  static final String MAX_WORD_LENGTH = "127";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalyzers.TEXT)
        .custom()
        .tokenizer("pattern")
        .param("pattern", WORD_SEPARATORS)
        // the pattern tokenizer has no length limit, and Lucene refuses a term over 32 KB
        .tokenFilter("truncate")
        .param("prefixLength", MAX_WORD_LENGTH)
        // getUserById -> getUserById (whole) + get, User, By, Id; snake_case -> whole + parts
        .tokenFilter("wordDelimiterGraph")
        .param("generateWordParts", "1")
        .param("generateNumberParts", "1")
        .param("splitOnCaseChange", "1")
        .param("preserveOriginal", "1")
        // every word as written too, beside its stem: prefixes (failure*) match what was written
        .tokenFilter("keywordRepeat")
        // a whole identifier is a word of code, not English: never stemmed
        .tokenFilter("keywordMarker")
        .param("pattern", IDENTIFIER)
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("porterStem")
        .tokenFilter("removeDuplicates")
        .tokenFilter("flattenGraph");

    context
        .analyzer(SearchAnalyzers.TEXT_QUERY)
        .custom()
        .tokenizer("pattern")
        .param("pattern", WORD_SEPARATORS)
        // the pattern tokenizer has no length limit, and Lucene refuses a term over 32 KB
        .tokenFilter("truncate")
        .param("prefixLength", MAX_WORD_LENGTH)
        .tokenFilter("keywordMarker")
        .param("pattern", IDENTIFIER)
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("porterStem");

    context
        .normalizer(SearchAnalyzers.LOWERCASE)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
