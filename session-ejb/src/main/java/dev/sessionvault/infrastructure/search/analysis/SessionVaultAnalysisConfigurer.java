package dev.sessionvault.infrastructure.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link SearchAnalyzers}. The Lucene backend has no built-in
 * English analyzer (HSEARCH000353), so the chains are built here from Lucene's factories (and two
 * of ours that do what a regular expression did, faster); they are data ({@link #TEXT_CHAIN},
 * {@link #TEXT_QUERY_CHAIN}) built by {@link #analyzer}, so that tests build the very same chains.
 */
public class SessionVaultAnalysisConfigurer implements LuceneAnalysisConfigurer {
  /** A longer run of letters is cut, not dropped (the truncate filter takes at most 127). */
  static final String MAX_WORD_LENGTH = "127";

  /** A tokenizer or filter factory, with its parameters as name, value, ... */
  record Component(Class<? extends AbstractAnalysisFactory> factory, List<String> parameters) {
    static Component of(Class<? extends AbstractAnalysisFactory> factory, String... parameters) {
      return new Component(factory, List.of(parameters));
    }

    Map<String, String> parameterMap() {
      Map<String, String> map = new HashMap<>(); // the factories take what they know out of it
      for (int i = 0; i < parameters.size(); i += 2) {
        map.put(parameters.get(i), parameters.get(i + 1));
      }
      return map;
    }
  }

  /** A tokenizer, then filters. */
  record Chain(Component tokenizer, List<Component> filters) {}

  /** Words split at anything but letters, digits and underscores: paths and calls fall apart. */
  private static final Component WORDS = Component.of(CodeWordTokenizerFactory.class);

  /** The tokenizer has no useful length limit, and Lucene refuses a term over 32 KB. */
  private static final Component TRUNCATE =
      Component.of(TruncateTokenFilterFactory.class, "prefixLength", MAX_WORD_LENGTH);

  /** See {@link SearchAnalyzers#TEXT}. */
  static final Chain TEXT_CHAIN =
      new Chain(
          WORDS,
          List.of(
              TRUNCATE,
              // getUserById -> getUserById (whole) + get, User, By, Id; snake_case -> whole + parts
              Component.of(
                  WordDelimiterGraphFilterFactory.class,
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
              Component.of(KeywordRepeatFilterFactory.class),
              // a whole identifier is a word of code, not English: never stemmed
              Component.of(IdentifierMarkerFilterFactory.class),
              Component.of(LowerCaseFilterFactory.class),
              Component.of(ASCIIFoldingFilterFactory.class),
              Component.of(PorterStemFilterFactory.class),
              Component.of(RemoveDuplicatesTokenFilterFactory.class),
              Component.of(FlattenGraphFilterFactory.class)));

  /** See {@link SearchAnalyzers#TEXT_QUERY}. */
  static final Chain TEXT_QUERY_CHAIN =
      new Chain(
          WORDS,
          List.of(
              TRUNCATE,
              Component.of(IdentifierMarkerFilterFactory.class),
              Component.of(LowerCaseFilterFactory.class),
              Component.of(ASCIIFoldingFilterFactory.class),
              Component.of(PorterStemFilterFactory.class)));

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    // a hit's own text is analysed for two fields in a row: the second time is a replay
    context.analyzer(SearchAnalyzers.TEXT).instance(new ReplayingAnalyzer(analyzer(TEXT_CHAIN)));
    context.analyzer(SearchAnalyzers.TEXT_QUERY).instance(analyzer(TEXT_QUERY_CHAIN));
    context
        .normalizer(SearchAnalyzers.LOWERCASE)
        .custom()
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
  }

  /**
   * A new analyzer of the {@link SearchAnalyzers#TEXT} chain, for code that must analyse exactly as
   * the index does without the backend's instance (tests, the benchmark's raw Lucene floor).
   */
  public static Analyzer newTextAnalyzer() {
    return analyzer(TEXT_CHAIN);
  }

  /**
   * A new analyzer of the {@link SearchAnalyzers#TEXT_QUERY} chain; see {@link #newTextAnalyzer}.
   */
  public static Analyzer newTextQueryAnalyzer() {
    return analyzer(TEXT_QUERY_CHAIN);
  }

  /** The chain as an analyzer (Lucene's CustomAnalyzer, components by their factory classes). */
  @SuppressWarnings("unchecked")
  static Analyzer analyzer(Chain chain) {
    try {
      CustomAnalyzer.Builder builder =
          CustomAnalyzer.builder()
              .withTokenizer(
                  (Class<? extends TokenizerFactory>) chain.tokenizer().factory(),
                  chain.tokenizer().parameterMap());
      for (Component filter : chain.filters()) {
        builder.addTokenFilter(
            (Class<? extends TokenFilterFactory>) filter.factory(), filter.parameterMap());
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
