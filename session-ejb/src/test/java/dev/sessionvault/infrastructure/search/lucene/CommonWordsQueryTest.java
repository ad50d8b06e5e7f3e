package dev.sessionvault.infrastructure.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Common words only filter, the rarest word always scores, and what matches never changes: over a
 * real Lucene index of 100 documents in which "a" is in all, "get" in half and "token" in three
 * (common here: in more than 10 documents, and more than a tenth of them).
 */
class CommonWordsQueryTest {
  private static final String FIELD = "text";
  private static final long COMMON_DOCUMENTS = 10;
  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < 100; i++) {
        StringBuilder text = new StringBuilder("a");
        if (i % 2 == 0) {
          text.append(" get");
        }
        if (i % 40 == 0) {
          text.append(" token get token");
        }
        Document document = new Document();
        document.add(new TextField(FIELD, text.toString(), Field.Store.NO));
        writer.addDocument(document);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void aCommonWordBesideARareOneOnlyFilters() throws IOException {
    BooleanQuery rewritten = rewrite("a", "token");
    assertEquals(Occur.FILTER, occurOf(rewritten, "a"));
    assertEquals(Occur.MUST, occurOf(rewritten, "token"));
  }

  @Test
  void whenEveryWordIsCommonTheRarestStillScores() throws IOException {
    BooleanQuery rewritten = rewrite("a", "get");
    assertEquals(Occur.FILTER, occurOf(rewritten, "a"));
    assertEquals(Occur.MUST, occurOf(rewritten, "get"));
    for (ScoreDoc hit : searcher.search(words("a", "get"), 10).scoreDocs) {
      assertTrue(hit.score > 0, "the hits are still ranked");
    }
  }

  @Test
  void inASmallIndexNoWordIsCommon() throws IOException {
    CommonWordsQuery query = new CommonWordsQuery(List.of(word("a"), word("token")));
    BooleanQuery rewritten = (BooleanQuery) query.rewrite(searcher);
    assertEquals(Occur.MUST, occurOf(rewritten, "a"), "100 documents are no cost to score");
  }

  @Test
  void phrasesAlwaysScore() throws IOException {
    Query phrase = new PhraseQuery(FIELD, "get", "token");
    CommonWordsQuery query =
        new CommonWordsQuery(
            List.of(word("a"), new CommonWordsQuery.Word(null, phrase, phrase)), COMMON_DOCUMENTS);
    BooleanQuery rewritten = (BooleanQuery) query.rewrite(searcher);
    assertEquals(Occur.FILTER, occurOf(rewritten, "a"));
    assertTrue(
        rewritten.clauses().stream()
            .anyMatch(c -> c.getQuery().equals(phrase) && c.getOccur() == Occur.MUST));
  }

  @Test
  void theSameDocumentsMatchAsWithAPlainConjunction() throws IOException {
    for (String[] words :
        new String[][] {{"a"}, {"a", "get"}, {"a", "token"}, {"get", "token"}, {"a", "nothing"}}) {
      BooleanQuery.Builder plain = new BooleanQuery.Builder();
      for (String word : words) {
        plain.add(new TermQuery(new Term(FIELD, word)), Occur.MUST);
      }
      assertEquals(
          searcher.count(plain.build()), searcher.count(words(words)), String.join(" ", words));
    }
    assertEquals(3, searcher.count(words("a", "get", "token")));
  }

  private static BooleanQuery rewrite(String... words) throws IOException {
    return (BooleanQuery) words(words).rewrite(searcher);
  }

  private static CommonWordsQuery words(String... words) {
    List<CommonWordsQuery.Word> list = new ArrayList<>();
    for (String word : words) {
      list.add(word(word));
    }
    return new CommonWordsQuery(list, COMMON_DOCUMENTS);
  }

  private static CommonWordsQuery.Word word(String word) {
    TermQuery query = new TermQuery(new Term(FIELD, word));
    return new CommonWordsQuery.Word(query.getTerm(), query, query);
  }

  private static Occur occurOf(BooleanQuery query, String word) {
    TermQuery term = new TermQuery(new Term(FIELD, word));
    return query.clauses().stream()
        .filter(clause -> clause.getQuery().equals(term))
        .map(BooleanClause::getOccur)
        .findFirst()
        .orElseThrow(() -> new AssertionError(word + " is not in " + query));
  }
}
