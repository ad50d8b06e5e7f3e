package dev.sessionvault.infrastructure.search;

import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import dev.sessionvault.infrastructure.search.analysis.SessionVaultAnalysisConfigurer;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;

/**
 * The analyzers the application itself runs (query words, highlights) and whether queries may be
 * native Lucene ones. With the Lucene backend they are the backend's own instances; with a search
 * cluster, which analyses documents itself, local analyzers of the same chains ({@link
 * dev.sessionvault.infrastructure.search.analysis.ElasticsearchAnalysis} defines them there).
 */
record Analyzers(Analyzer text, Analyzer textQuery, boolean nativeLuceneQueries) {

  static Analyzers of(Backend backend) {
    if (backend instanceof LuceneBackend lucene) {
      return new Analyzers(
          analyzer(lucene, SearchAnalyzers.TEXT),
          analyzer(lucene, SearchAnalyzers.TEXT_QUERY),
          true);
    }
    return new Analyzers(
        SessionVaultAnalysisConfigurer.newTextAnalyzer(),
        SessionVaultAnalysisConfigurer.newTextQueryAnalyzer(),
        false);
  }

  private static Analyzer analyzer(LuceneBackend backend, String name) {
    return backend
        .analyzer(name)
        .orElseThrow(() -> new IllegalStateException("no analyzer " + name));
  }
}
