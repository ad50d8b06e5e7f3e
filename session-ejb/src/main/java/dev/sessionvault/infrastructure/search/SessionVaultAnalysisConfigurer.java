package dev.sessionvault.infrastructure.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link SearchAnalyzers}. The Lucene backend has no built-in
 * English analyzer (HSEARCH000353), so prose gets its own chain here.
 */
public class SessionVaultAnalysisConfigurer implements LuceneAnalysisConfigurer {
  /** A lower-case letter before an upper-case one, an underscore, or a letter next to a digit. */
  static final String IDENTIFIER = ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalyzers.PROSE)
        .custom()
        .tokenizer("standard")
        .tokenFilter("englishPossessive")
        // identifiers (camelCase, snake_case, digits) are words of code, not English: no stemming
        .tokenFilter("keywordMarker")
        .param("pattern", IDENTIFIER)
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("porterStem");

    context
        .analyzer(SearchAnalyzers.CODE)
        .custom()
        .tokenizer("whitespace")
        .tokenFilter("wordDelimiterGraph")
        .param("generateWordParts", "1")
        .param("generateNumberParts", "1")
        .param("splitOnCaseChange", "1")
        .param("preserveOriginal", "1")
        .tokenFilter("lowercase")
        .tokenFilter("flattenGraph");

    context
        .analyzer(SearchAnalyzers.CODE_QUERY)
        .custom()
        .tokenizer("whitespace")
        .tokenFilter("wordDelimiterGraph")
        .param("generateWordParts", "1")
        .param("generateNumberParts", "1")
        .param("splitOnCaseChange", "1")
        .tokenFilter("lowercase");

    context
        .normalizer(SearchAnalyzers.LOWERCASE)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }
}
