package dev.sessionvault.bench;

import dev.sessionvault.infrastructure.search.analysis.SessionVaultAnalysisConfigurer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The raw Lucene floor: the same corpus and queries, in-process, laid out as the application lays
 * out its index ({@link SessionVaultAnalysisConfigurer}'s analyzers, {@code SearchableTextBinder}):
 * a {@code text} field with everything a hit is found by (its text, tool, session name and tags)
 * and a stored {@code content} field with its own text, both analysed by the same chain. Each query
 * word must be in {@code text} and adds to the score from {@code content}; the account filter every
 * query of the application carries; the top 20 with block skipping past 1,000 matches and an exact
 * total from a separate count; unified highlighting of the 20.
 */
final class LuceneFloor {
  static final String CONTENT = "content";
  static final String TEXT = "text";
  static final int SCORED_MATCHES_BEFORE_SKIPPING = 10_000;
  static final String ACCOUNT = "session.accountId";
  static final String ACCOUNT_ID = "00000000-0000-7000-8000-000000000001";
  static final int TOP = 20;

  private final Corpus corpus;
  private final Results results;
  private final Path indexDir;
  private final Analyzer analyzer;
  private final Analyzer queryAnalyzer;

  LuceneFloor(Corpus corpus, Results results, Path indexDir) throws IOException {
    this.corpus = corpus;
    this.results = results;
    this.indexDir = indexDir;
    // the application's own chains, so that the floor cannot drift from the index
    this.analyzer = SessionVaultAnalysisConfigurer.newTextAnalyzer();
    this.queryAnalyzer = SessionVaultAnalysisConfigurer.newTextQueryAnalyzer();
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
          document.add(new TextField(TEXT, message.content(), Field.Store.NO));
          if (message.toolName() != null) {
            document.add(new TextField(TEXT, message.toolName(), Field.Store.NO));
          }
          document.add(new TextField(TEXT, session.name(), Field.Store.NO));
          for (String tag : session.tags()) {
            document.add(new TextField(TEXT, tag, Field.Store.NO));
          }
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

  /**
   * Warm-up passes over the fixed queries (at least {@code warmup}, and for at least {@code
   * warmupSeconds}), then {@code passes} measured passes over them (none: they only warm up), then
   * each of the {@code fresh} queries once (none when empty), on one searcher, single-threaded.
   */
  void search(List<String> queries, int warmup, int warmupSeconds, int passes, List<String> fresh)
      throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
              .build();
      QueryBuilder builder = new QueryBuilder(queryAnalyzer);
      results.loadBeforeLuceneQueries = Machine.loadAverage();
      long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      int warmupPasses = 0;
      while (warmupPasses < warmup || System.nanoTime() < warmupEnd) {
        for (String query : queries) {
          run(searcher, highlighter, builder, query);
        }
        warmupPasses++;
      }
      results.luceneWarmupPasses = warmupPasses;
      if (passes > 0) {
        long[] totals = new long[queries.size()];
        long[][] nanos = new long[passes][queries.size()];
        for (int pass = 0; pass < passes; pass++) {
          for (int q = 0; q < queries.size(); q++) {
            Timed timed = run(searcher, highlighter, builder, queries.get(q));
            nanos[pass][q] = timed.nanos();
            if (pass == 0) {
              totals[q] = timed.total();
              results.luceneMarks += timed.marks();
            }
          }
        }
        results.luceneTotals = totals;
        results.luceneNanos = nanos;
      }
      if (!fresh.isEmpty()) {
        results.loadBeforeLuceneFresh = Machine.loadAverage();
        long[] totals = new long[fresh.size()];
        long[] nanos = new long[fresh.size()];
        for (int q = 0; q < fresh.size(); q++) {
          Timed timed = run(searcher, highlighter, builder, fresh.get(q));
          nanos[q] = timed.nanos();
          totals[q] = timed.total();
          results.luceneFreshMarks += timed.marks();
        }
        results.luceneFreshTotals = totals;
        results.luceneFreshNanos = nanos;
      }
    }
  }

  /** One query's latency, its total and the {@code <mark>} in its highlights. */
  private record Timed(long nanos, long total, long marks) {}

  private Timed run(
      IndexSearcher searcher, UnifiedHighlighter highlighter, QueryBuilder builder, String text)
      throws IOException {
    long start = System.nanoTime();
    Query query = query(builder, text, true, searcher.getIndexReader());
    TopDocs top =
        searcher.search(
            query, new TopScoreDocCollectorManager(TOP, null, SCORED_MATCHES_BEFORE_SKIPPING));
    long total =
        top.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value
            : searcher.count(query(builder, text, false, null));
    Map<String, String[]> highlights =
        highlighter.highlightFields(new String[] {CONTENT}, query, top, new int[] {3});
    long nanos = System.nanoTime() - start;
    long marks = 0;
    for (String[] field : highlights.values()) {
      for (String html : field) {
        if (html != null) {
          marks += HttpBench.count(html, "<mark>");
        }
      }
    }
    return new Timed(nanos, total, marks);
  }

  /**
   * Every word must be in {@code text} (one term, or a phrase when it holds punctuation), in the
   * caller's account; for the hits, the same word in {@code content} adds to the score, except a
   * common word (as the application's {@code CommonWordsQuery}: in more than a tenth of the
   * documents and over 10,000, and not the rarest word), which only filters.
   */
  static Query query(QueryBuilder builder, String text, boolean scoring, IndexReader reader)
      throws IOException {
    List<Query> matching = new ArrayList<>();
    List<Query> scored = new ArrayList<>();
    List<Long> frequencies = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      Query match = builder.createPhraseQuery(TEXT, word);
      if (match == null) {
        return new MatchNoDocsQuery();
      }
      Query own = builder.createPhraseQuery(CONTENT, word);
      matching.add(match);
      scored.add(
          own == null
              ? match
              : new BooleanQuery.Builder().add(match, Occur.MUST).add(own, Occur.SHOULD).build());
      frequencies.add(
          reader != null && match instanceof TermQuery term ? reader.docFreq(term.getTerm()) : 0L);
    }
    long common = reader == null ? Long.MAX_VALUE : Math.max(10_000, reader.maxDoc() / 10);
    int rarest = frequencies.indexOf(frequencies.stream().min(Long::compare).orElse(0L));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < matching.size(); i++) {
      if (!scoring) {
        all.add(matching.get(i), Occur.MUST);
      } else if (frequencies.get(i) > common && i != rarest) {
        all.add(matching.get(i), Occur.FILTER);
      } else {
        all.add(scored.get(i), Occur.MUST);
      }
    }
    all.add(new TermQuery(new Term(ACCOUNT, ACCOUNT_ID)), Occur.FILTER);
    return all.build();
  }
}
