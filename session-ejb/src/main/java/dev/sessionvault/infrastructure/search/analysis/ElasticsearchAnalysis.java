package dev.sessionvault.infrastructure.search.analysis;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalyzers} for an OpenSearch or Elasticsearch cluster, which runs
 * no code of ours: the same chains as {@link SessionVaultAnalysisConfigurer} from the engine's
 * built-in components. Our two Lucene factories are the regular expressions they replaced (measured
 * faster in-process, equal in output): the pattern tokenizer for {@link CodeWordTokenizerFactory}
 * and the keyword marker's pattern for {@link IdentifierMarkerFilterFactory}. {@code
 * SearchBackendsIT} compares the tokens of both backends.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {
  private static final String WORDS = "sessionvault_words";
  private static final String TRUNCATE = "sessionvault_truncate";
  private static final String WORD_PARTS = "sessionvault_word_parts";
  private static final String IDENTIFIERS = "sessionvault_identifiers";

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context.tokenizer(WORDS).type("pattern").param("pattern", "[^\\p{L}\\p{N}_]+");
    context
        .tokenFilter(TRUNCATE)
        .type("truncate")
        .param("length", Integer.parseInt(SessionVaultAnalysisConfigurer.MAX_WORD_LENGTH));
    context
        .tokenFilter(WORD_PARTS)
        .type("word_delimiter_graph")
        .param("generate_word_parts", true)
        .param("generate_number_parts", true)
        .param("split_on_case_change", true)
        .param("preserve_original", true);
    context
        .tokenFilter(IDENTIFIERS)
        .type("keyword_marker")
        .param("keywords_pattern", ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*");

    context
        .analyzer(SearchAnalyzers.TEXT)
        .custom()
        .tokenizer(WORDS)
        .tokenFilters(
            TRUNCATE,
            WORD_PARTS,
            "keyword_repeat",
            IDENTIFIERS,
            "lowercase",
            "asciifolding",
            "porter_stem",
            "remove_duplicates",
            "flatten_graph");
    context
        .analyzer(SearchAnalyzers.TEXT_QUERY)
        .custom()
        .tokenizer(WORDS)
        .tokenFilters(TRUNCATE, IDENTIFIERS, "lowercase", "asciifolding", "porter_stem");
    context
        .normalizer(SearchAnalyzers.LOWERCASE)
        .custom()
        .tokenFilters("lowercase", "asciifolding");
  }
}
