package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The raw Lucene floor: the same corpus and queries, in-process, with the application's analyzers
 * ({@code SessionVaultAnalysisConfigurer}: "prose" and "code"), the account filter every query of
 * the application carries, an exact total, the top 20, and unified highlighting of those 20.
 */
final class LuceneFloor {
  static final String CONTENT = "content";
  static final String CONTENT_CODE = "content_code";
  static final String ACCOUNT = "session.accountId";
  static final String ACCOUNT_ID = "00000000-0000-7000-8000-000000000001";
  static final int TOP = 20;

  private final Corpus corpus;
  private final Results results;
  private final Path indexDir;
  private final Analyzer analyzer;

  LuceneFloor(Corpus corpus, Results results, Path indexDir) throws IOException {
    this.corpus = corpus;
    this.results = results;
    this.indexDir = indexDir;
    Analyzer prose =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("englishPossessive")
            // as the app: identifiers (camelCase, snake_case, digits) are not stemmed
            .addTokenFilter(
                "keywordMarker", "pattern", ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter("porterStem")
            .build();
    Analyzer code =
        CustomAnalyzer.builder()
            .withTokenizer("whitespace")
            .addTokenFilter(
                "wordDelimiterGraph",
                "generateWordParts",
                "1",
                "generateNumberParts",
                "1",
                "splitOnCaseChange",
                "1",
                "preserveOriginal",
                "1")
            .addTokenFilter("lowercase")
            .addTokenFilter("flattenGraph")
            .build();
    this.analyzer = new PerFieldAnalyzerWrapper(prose, Map.of(CONTENT_CODE, code));
  }

  void build() throws IOException {
    Bench.deleteRecursively(indexDir);
    long start = System.nanoTime();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256);
    long lastReport = start;
    long indexed = 0;
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int s = 0; s < corpus.sessions; s++) {
        Corpus.Session session = corpus.session(s);
        int seq = 0;
        for (Corpus.Message message : session.messages()) {
          Document document = new Document();
          document.add(new StringField("id", s + ":" + ++seq, Field.Store.YES));
          document.add(new StringField(ACCOUNT, ACCOUNT_ID, Field.Store.NO));
          document.add(new StringField("role", message.role(), Field.Store.NO));
          document.add(new TextField(CONTENT, message.content(), Field.Store.YES));
          document.add(new TextField(CONTENT_CODE, message.content(), Field.Store.YES));
          writer.addDocument(document);
          indexed++;
        }
        long now = System.nanoTime();
        if (now - lastReport >= 10_000_000_000L) {
          lastReport = now;
          System.out.printf(
              "  lucene: indexed %,d / %,d messages in %.0f s%n",
              indexed, corpus.messages, (now - start) / 1e9);
        }
      }
      writer.commit();
    }
    results.luceneBuildSeconds = (System.nanoTime() - start) / 1e9;
    results.luceneIndexBytes = Bench.sizeOf(indexDir);
  }

  void search(List<String> queries, int warmup, int passes) throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
              .build();
      QueryBuilder builder = new QueryBuilder(analyzer);
      results.luceneTotals = new long[queries.size()];
      results.loadBeforeLuceneQueries = Machine.loadAverage();
      for (int pass = 0; pass < warmup; pass++) {
        for (int q = 0; q < queries.size(); q++) {
          run(searcher, highlighter, builder, queries.get(q), q, false);
        }
      }
      long[][] nanos = new long[passes][queries.size()];
      for (int pass = 0; pass < passes; pass++) {
        for (int q = 0; q < queries.size(); q++) {
          nanos[pass][q] = run(searcher, highlighter, builder, queries.get(q), q, pass == 0);
        }
      }
      results.luceneNanos = nanos;
    }
  }

  private long run(
      IndexSearcher searcher,
      UnifiedHighlighter highlighter,
      QueryBuilder builder,
      String text,
      int index,
      boolean record)
      throws IOException {
    long start = System.nanoTime();
    Query query = query(builder, text);
    TopDocs top =
        searcher.search(query, new TopScoreDocCollectorManager(TOP, null, Integer.MAX_VALUE));
    Map<String, String[]> highlights =
        highlighter.highlightFields(
            new String[] {CONTENT, CONTENT_CODE}, query, top, new int[] {3, 3});
    long nanos = System.nanoTime() - start;
    if (record) {
      results.luceneTotals[index] = top.totalHits.value;
      for (String[] field : highlights.values()) {
        for (String html : field) {
          if (html != null) {
            results.luceneMarks += HttpBench.count(html, "<mark>");
          }
        }
      }
    }
    return nanos;
  }

  /** Every word must match, in the prose field or the code field; all in the caller's account. */
  static Query query(QueryBuilder builder, String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : text.trim().split("\\s+")) {
      Query prose = builder.createBooleanQuery(CONTENT, word);
      Query code = builder.createBooleanQuery(CONTENT_CODE, word);
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      if (prose != null) {
        either.add(prose, Occur.SHOULD);
      }
      if (code != null) {
        either.add(code, Occur.SHOULD);
      }
      all.add(prose == null && code == null ? new MatchNoDocsQuery() : either.build(), Occur.MUST);
    }
    all.add(new TermQuery(new Term(ACCOUNT, ACCOUNT_ID)), Occur.FILTER);
    return all.build();
  }
}
