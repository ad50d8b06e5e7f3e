package dev.sessionvault.infrastructure.search.lucene;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * All of a query's words must match; a word found in most documents (the "a" of "get a") only
 * filters, without adding to the score. Scoring such a word costs a visit to nearly every document,
 * and block skipping cannot help because it scores them all alike; as a filter it is checked only
 * on the candidates the informative words bring. If every word is that common, the rarest one still
 * scores, so the hits stay ranked. Matching is the same either way: the exact total does not
 * change.
 */
public final class CommonWordsQuery extends Query {
  /** A word in more than this share of the documents only filters... */
  static final double COMMON_SHARE = 0.1;

  /**
   * ...and in more documents than this: scoring fewer costs little, and in a small index ordinary
   * words (a session's topic) easily pass the share.
   */
  static final long COMMON_DOCUMENTS = 10_000;

  /**
   * One query word: the single term it stands for (null for a phrase, which always scores), what it
   * must match, and how it scores when it is not common.
   */
  public record Word(Term term, Query matching, Query scoring) {
    public Word {
      Objects.requireNonNull(matching);
      Objects.requireNonNull(scoring);
    }
  }

  private final List<Word> words;
  private final long commonDocuments;

  public CommonWordsQuery(List<Word> words) {
    this(words, COMMON_DOCUMENTS);
  }

  CommonWordsQuery(List<Word> words, long commonDocuments) {
    this.words = List.copyOf(words);
    this.commonDocuments = commonDocuments;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long common = Math.max(commonDocuments, (long) (reader.maxDoc() * COMMON_SHARE));
    long[] frequencies = new long[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Term term = words.get(i).term();
      frequencies[i] = term == null ? 0 : reader.docFreq(term);
    }
    int rarest =
        IntStream.range(0, words.size())
            .boxed()
            .min(Comparator.comparingLong(i -> frequencies[i]))
            .orElse(-1);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (frequencies[i] > common && i != rarest) {
        all.add(word.matching(), Occur.FILTER);
      } else {
        all.add(word.scoring(), Occur.MUST);
      }
    }
    return all.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor required = visitor.getSubVisitor(Occur.MUST, this);
    for (Word word : words) {
      word.scoring().visit(required);
    }
  }

  @Override
  public String toString(String field) {
    StringBuilder text = new StringBuilder("CommonWords(");
    for (Word word : words) {
      text.append(' ').append(word.scoring().toString(field));
    }
    return text.append(" )").toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && words.equals(((CommonWordsQuery) other).words)
        && commonDocuments == ((CommonWordsQuery) other).commonDocuments;
  }

  @Override
  public int hashCode() {
    return (classHash() * 31 + words.hashCode()) * 31 + Long.hashCode(commonDocuments);
  }
}
