package dev.sessionvault.infrastructure.search;

import java.util.List;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;

/**
 * Defines the analyzers named in {@link SearchAnalyzers}. The Lucene backend has no built-in
 * English analyzer (HSEARCH000353), so the chains are built here from Lucene's factories, named as
 * Lucene names them; they are data ({@link #TEXT_CHAIN}, {@link #TEXT_QUERY_CHAIN}) so that tests
 * can build the very same chains.
 */
public class SessionVaultAnalysisConfigurer implements LuceneAnalysisConfigurer {
  /** A lower-case letter before an upper-case one, an underscore, or a letter next to a digit. */
  static final String IDENTIFIER = ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*";

  /** Words are runs of letters, digits and underscores: paths and calls fall apart into words. */
  static final String WORD_SEPARATORS = "[^\\p{L}\\p{N}_]+";

  /** A longer run of letters is cut, not dropped (the truncate filter takes at most 127). */
  static final String MAX_WORD_LENGTH = "127";

  /** A tokenizer or filter factory by its Lucene name, with its parameters as name, value, ... */
  record Component(String factory, List<String> parameters) {
    static Component of(String factory, String... parameters) {
      return new Component(factory, List.of(parameters));
    }
  }

  /** A tokenizer, then filters. */
  record Chain(Component tokenizer, List<Component> filters) {}

  /** Words split at anything but letters, digits and underscores. */
  private static final Component WORDS = Component.of("pattern", "pattern", WORD_SEPARATORS);

  /** The pattern tokenizer has no length limit, and Lucene refuses a term over 32 KB. */
  private static final Component TRUNCATE =
      Component.of("truncate", "prefixLength", MAX_WORD_LENGTH);

  /** See {@link SearchAnalyzers#TEXT}. */
  static final Chain TEXT_CHAIN =
      new Chain(
          WORDS,
          List.of(
              TRUNCATE,
              // getUserById -> getUserById (whole) + get, User, By, Id; snake_case -> whole + parts
              Component.of(
                  "wordDelimiterGraph",
                  "generateWordParts",
                  "1",
                  "generateNumberParts",
                  "1",
                  "splitOnCaseChange",
                  "1",
                  "preserveOriginal",
                  "1"),
              // every word as written too, beside its stem: prefixes (failure*) match what was
              // written
              Component.of("keywordRepeat"),
              // a whole identifier is a word of code, not English: never stemmed
              Component.of("keywordMarker", "pattern", IDENTIFIER),
              Component.of("lowercase"),
              Component.of("asciiFolding"),
              Component.of("porterStem"),
              Component.of("removeDuplicates"),
              Component.of("flattenGraph")));

  /** See {@link SearchAnalyzers#TEXT_QUERY}. */
  static final Chain TEXT_QUERY_CHAIN =
      new Chain(
          WORDS,
          List.of(
              TRUNCATE,
              Component.of("keywordMarker", "pattern", IDENTIFIER),
              Component.of("lowercase"),
              Component.of("asciiFolding"),
              Component.of("porterStem")));

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    define(context, SearchAnalyzers.TEXT, TEXT_CHAIN);
    define(context, SearchAnalyzers.TEXT_QUERY, TEXT_QUERY_CHAIN);
    context
        .normalizer(SearchAnalyzers.LOWERCASE)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }

  private static void define(LuceneAnalysisConfigurationContext context, String name, Chain chain) {
    LuceneAnalyzerOptionalComponentsStep tokenizer =
        context.analyzer(name).custom().tokenizer(chain.tokenizer().factory());
    List<String> tokenizerParameters = chain.tokenizer().parameters();
    for (int i = 0; i < tokenizerParameters.size(); i += 2) {
      tokenizer = tokenizer.param(tokenizerParameters.get(i), tokenizerParameters.get(i + 1));
    }
    LuceneAnalysisOptionalComponentsStep step = tokenizer;
    for (Component filter : chain.filters()) {
      LuceneAnalysisComponentParametersStep withParameters = step.tokenFilter(filter.factory());
      for (int i = 0; i < filter.parameters().size(); i += 2) {
        withParameters =
            withParameters.param(filter.parameters().get(i), filter.parameters().get(i + 1));
      }
      step = withParameters;
    }
  }
}
