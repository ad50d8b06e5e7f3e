package dev.sessionvault.infrastructure.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bit-set conjunction matches and counts exactly what a Boolean conjunction does, on every path
 * (all clauses frequent; one far more frequent than the rarest; a rare lead; a phrase), over a real
 * Lucene index of 12,000 documents in three segments with deleted documents. Word shares: "a" 90%,
 * "b" 60%, "c" 20% (next to "b" in half of them), "m" 3%, "r" 0.5%.
 */
class DenseConjunctionQueryTest {
  private static final String FIELD = "text";
  private static final int DOCUMENTS = 12_000;
  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(42);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < DOCUMENTS; i++) {
        StringBuilder text = new StringBuilder("x");
        appendIf(text, random.nextDouble() < 0.9, "a");
        appendIf(text, random.nextDouble() < 0.6, "b");
        appendIf(text, random.nextDouble() < 0.2, random.nextBoolean() ? "c" : "z c");
        appendIf(text, random.nextDouble() < 0.03, "m");
        appendIf(text, random.nextDouble() < 0.005, "r");
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        document.add(new TextField(FIELD, text.toString(), Field.Store.NO));
        writer.addDocument(document);
        if (i % (DOCUMENTS / 3) == DOCUMENTS / 3 - 1) {
          writer.commit(); // a segment
        }
      }
      for (int i = 0; i < DOCUMENTS; i += 7) {
        writer.deleteDocuments(new Term("id", Integer.toString(i)));
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null); // count what the query does, not a cache
  }

  private static void appendIf(StringBuilder text, boolean condition, String words) {
    if (condition) {
      text.append(' ').append(words);
    }
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void theIndexHasSegmentsAndDeletions() {
    assertTrue(reader.leaves().size() >= 2, "segments: " + reader.leaves().size());
    assertTrue(reader.hasDeletions());
  }

  @Test
  void frequentWordsAreCountedAndMatchedLikeABooleanConjunction() throws IOException {
    assertSameAsBoolean(term("a"), term("b"));
    assertSameAsBoolean(term("a"), term("b"), term("c"));
    assertSameAsBoolean(term("c"), term("b"));
  }

  @Test
  void frequentWordsAreCountedFromBitSets() throws IOException {
    Weight weight = weight(new DenseConjunctionQuery(List.of(term("a"), term("b"))));
    for (LeafReaderContext leaf : reader.leaves()) {
      assertNotEquals(-1, weight.count(leaf), "segment " + leaf.ord);
    }
  }

  @Test
  void aWordFarMoreFrequentThanTheRarestIsAdvancedNotRead() throws IOException {
    // "m" (3%) leads; "a" (90%) has 30 times its documents
    assertSameAsBoolean(term("a"), term("m"));
    assertSameAsBoolean(term("m"), term("b"), term("a"));
  }

  @Test
  void aRareLeadKeepsTheLeapfrog() throws IOException {
    assertSameAsBoolean(term("r"), term("a"));
    Weight weight = weight(new DenseConjunctionQuery(List.of(term("a"), term("r"))));
    assertEquals(-1, weight.count(reader.leaves().get(0)));
  }

  @Test
  void aPhraseIsMatchedExactly() throws IOException {
    Query phrase = new PhraseQuery(FIELD, "b", "c");
    assertSameAsBoolean(phrase, term("a"));
    assertTrue(searcher.count(phrase) < searcher.count(booleanOf(term("b"), term("c"))));
  }

  @Test
  void aWordNowhereMatchesNothing() throws IOException {
    assertEquals(0, searcher.count(new DenseConjunctionQuery(List.of(term("a"), term("nowhere")))));
  }

  @Test
  void aSingleClauseMatchesItsLiveDocuments() throws IOException {
    assertSameAsBoolean(term("b"));
  }

  @Test
  void countsAgainFromRememberedSetsAndForgetsAClosedSegment() throws IOException {
    DenseClauseCache cache = new DenseClauseCache(DenseClauseCache.DEFAULT_MAX_BYTES);
    try (DirectoryReader own = DirectoryReader.open(directory)) {
      IndexSearcher ownSearcher = new IndexSearcher(own);
      ownSearcher.setQueryCache(null);
      Query dense = new DenseConjunctionQuery(List.of(term("a"), term("b")), cache);
      int expected = ownSearcher.count(booleanOf(term("a"), term("b")));
      assertEquals(expected, ownSearcher.count(dense));
      assertEquals(2 * own.leaves().size(), cache.size(), "a and b, in each segment");
      assertEquals(expected, ownSearcher.count(dense), "from the remembered sets");
      assertEquals(
          ownSearcher.count(booleanOf(term("b"), term("c"))),
          ownSearcher.count(new DenseConjunctionQuery(List.of(term("c"), term("b")), cache)));
    }
    assertEquals(0, cache.size(), "the segments were closed");
    assertEquals(0, cache.bytesUsed());
  }

  @Test
  void rememberedSetsStayWithinTheBudget() throws IOException {
    int largestSegment =
        reader.leaves().stream().mapToInt(leaf -> leaf.reader().maxDoc()).max().orElseThrow();
    long oneSet = new org.apache.lucene.util.FixedBitSet(largestSegment).ramBytesUsed();
    DenseClauseCache cache = new DenseClauseCache(oneSet);
    Query dense = new DenseConjunctionQuery(List.of(term("a"), term("b"), term("c")), cache);
    assertEquals(searcher.count(booleanOf(term("a"), term("b"), term("c"))), searcher.count(dense));
    assertTrue(cache.bytesUsed() <= oneSet, cache.bytesUsed() + " > " + oneSet);
    assertTrue(cache.size() <= 1, "at most one set: " + cache.size());
  }

  private static void assertSameAsBoolean(Query... clauses) throws IOException {
    Query dense = new DenseConjunctionQuery(Arrays.asList(clauses));
    Query bool = booleanOf(clauses);
    int expected = searcher.count(bool);
    assertTrue(expected > 0, "the corpus has matches for " + bool);
    assertEquals(expected, searcher.count(dense), "count of " + dense);
    assertEquals(matches(bool), matches(dense), "matches of " + dense);
  }

  private static Set<Integer> matches(Query query) throws IOException {
    return Arrays.stream(searcher.search(query, DOCUMENTS).scoreDocs)
        .map(hit -> hit.doc)
        .collect(Collectors.toSet());
  }

  private static Weight weight(Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private static Query booleanOf(Query... clauses) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query clause : clauses) {
      all.add(clause, Occur.MUST);
    }
    return all.build();
  }

  private static TermQuery term(String word) {
    return new TermQuery(new Term(FIELD, word));
  }
}
