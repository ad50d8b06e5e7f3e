package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_ID;
import static dev.sessionvault.infrastructure.search.SearchFields.TAGS;
import static dev.sessionvault.infrastructure.search.SearchFields.TEXT;
import static dev.sessionvault.infrastructure.search.SearchFields.TOOL;

import dev.sessionvault.domain.search.QueryField;
import dev.sessionvault.domain.search.SearchQuery;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.infrastructure.search.analysis.SearchAnalyzers;
import dev.sessionvault.infrastructure.search.lucene.CommonWordsQuery;
import dev.sessionvault.infrastructure.search.lucene.DenseConjunctionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a parsed query into index predicates. A word matches a hit when it is in the hit's {@code
 * text} (its own text, tool, and session name, summary and tags): one term, or a phrase when the
 * word holds punctuation ({@code main/java}), analysed like the text ({@link
 * SearchAnalyzers#TEXT_QUERY}). The same word in the hit's own {@code content} adds to the score
 * and marks the highlights, without changing what matches. In a conjunction, a word found in most
 * documents only filters ({@link CommonWordsQuery}).
 *
 * <p>The count of a search comes from the matching part alone ({@link #forCount}), which Lucene
 * answers from term statistics or an intersection instead of scoring every match; the words of a
 * conjunction are intersected as bit sets when they are all frequent ({@link
 * DenseConjunctionQuery}).
 *
 * <p>Hits do not carry their session's status ({@link SessionLookup}): {@code status:idle} matches
 * the hits of the sessions that are idle now.
 */
final class QueryTranslator {
  /**
   * How words become queries: analysed with this analyzer ({@link SearchAnalyzers#TEXT_QUERY}),
   * into native Lucene queries where the backend is Lucene; a search cluster gets the same words as
   * standard phrase predicates, analysed there by the same chain, and ranks them its own way.
   */
  record Words(Analyzer analyzer, boolean nativeLuceneQueries) {}

  private final SearchPredicateFactory f;
  private final boolean scoring;
  private final QueryBuilder words;
  private final boolean nativeLuceneQueries;
  private final Function<Set<SessionStatus>, Set<UUID>> sessionsWithStatus;

  private QueryTranslator(
      SearchPredicateFactory f,
      boolean scoring,
      Words words,
      Function<Set<SessionStatus>, Set<UUID>> sessionsWithStatus) {
    this.f = f;
    this.scoring = scoring;
    this.words = new QueryBuilder(words.analyzer());
    this.nativeLuceneQueries = words.nativeLuceneQueries();
    this.sessionsWithStatus = sessionsWithStatus;
  }

  /**
   * Predicates that match, score and carry the terms to highlight; the words of a conjunction are
   * analysed here with {@link SearchAnalyzers#TEXT_QUERY} into a {@link CommonWordsQuery}.
   */
  static QueryTranslator forHits(
      SearchPredicateFactory f,
      Words words,
      Function<Set<SessionStatus>, Set<UUID>> sessionsWithStatus) {
    return new QueryTranslator(f, true, words, sessionsWithStatus);
  }

  /**
   * Predicates that match the same hits as {@link #forHits}, without the scoring extras; the words
   * of a conjunction go into a {@link DenseConjunctionQuery}.
   */
  static QueryTranslator forCount(
      SearchPredicateFactory f,
      Words words,
      Function<Set<SessionStatus>, Set<UUID>> sessionsWithStatus) {
    return new QueryTranslator(f, false, words, sessionsWithStatus);
  }

  PredicateFinalStep translate(SearchQuery query) {
    // Java 17: no pattern matching for switch yet
    if (query instanceof SearchQuery.Word word) {
      return word.prefix() ? prefix(word.text()) : words(word.text());
    }
    if (query instanceof SearchQuery.Phrase phrase) {
      return words(phrase.text());
    }
    if (query instanceof SearchQuery.FieldMatch match) {
      return field(match);
    }
    if (query instanceof SearchQuery.Not not) {
      return f.not(translate(not.excluded()));
    }
    if (query instanceof SearchQuery.All all) {
      return nativeLuceneQueries
          ? conjunction(all.parts())
          : f.bool().with(b -> all.parts().forEach(part -> b.must(translate(part))));
    }
    if (query instanceof SearchQuery.Any any) {
      return f.bool().with(b -> any.parts().forEach(part -> b.should(translate(part))));
    }
    return f.matchAll();
  }

  /**
   * Words and phrases together in one Lucene query (a {@link CommonWordsQuery} to rank, a {@link
   * DenseConjunctionQuery} to count); the other parts beside it.
   */
  private PredicateFinalStep conjunction(List<SearchQuery> parts) {
    List<CommonWordsQuery.Word> plain = new ArrayList<>();
    List<SearchQuery> others = new ArrayList<>();
    for (SearchQuery part : parts) {
      String text = plainText(part);
      if (text == null) {
        others.add(part);
        continue;
      }
      Query matching = hasLetterOrDigit(text) ? words.createPhraseQuery(TEXT, text) : null;
      if (matching == null) {
        return f.matchNone(); // a word nothing is ever indexed as
      }
      Query own = words.createPhraseQuery(CONTENT, text);
      Query scored =
          own == null
              ? matching
              : new BooleanQuery.Builder().add(matching, Occur.MUST).add(own, Occur.SHOULD).build();
      plain.add(
          new CommonWordsQuery.Word(
              matching instanceof TermQuery term ? term.getTerm() : null, matching, scored));
    }
    return f.bool()
        .with(
            b -> {
              if (!plain.isEmpty()) {
                b.must(
                    f.extension(LuceneExtension.get())
                        .fromLuceneQuery(
                            scoring
                                ? new CommonWordsQuery(plain)
                                : new DenseConjunctionQuery(
                                    plain.stream().map(CommonWordsQuery.Word::matching).toList())));
              }
              others.forEach(part -> b.must(translate(part)));
            });
  }

  /** The text of a word or a phrase (not a prefix), or null for any other part. */
  private static String plainText(SearchQuery part) {
    if (part instanceof SearchQuery.Word word && !word.prefix()) {
      return word.text();
    }
    return part instanceof SearchQuery.Phrase phrase ? phrase.text() : null;
  }

  /** A word or a quoted phrase: its words in this order, a single term for a single word. */
  private PredicateFinalStep words(String text) {
    if (!hasLetterOrDigit(text)) {
      return f.matchNone(); // nothing in it is ever indexed as a word
    }
    PredicateFinalStep matching =
        f.phrase().field(TEXT).matching(text).analyzer(SearchAnalyzers.TEXT_QUERY);
    if (!scoring) {
      return matching;
    }
    return f.bool()
        .must(matching)
        .should(f.phrase().field(CONTENT).matching(text).analyzer(SearchAnalyzers.TEXT_QUERY));
  }

  private PredicateFinalStep prefix(String text) {
    String pattern = escapeWildcard(text.toLowerCase(Locale.ROOT)) + "*";
    PredicateFinalStep matching = f.wildcard().field(TEXT).matching(pattern);
    if (!scoring) {
      return matching;
    }
    return f.bool().must(matching).should(f.wildcard().field(CONTENT).matching(pattern));
  }

  private PredicateFinalStep field(SearchQuery.FieldMatch match) {
    if (match.field() == QueryField.STATUS) {
      return status(match);
    }
    String path =
        switch (match.field()) {
          case ROLE -> ROLE;
          case TOOL -> TOOL;
          case TAG -> TAGS;
          case MODEL -> MODEL;
          case AGENT -> AGENT;
          case STATUS -> throw new IllegalArgumentException("status is not in the hits");
        };
    // Normalized keywords (role, tool, model) are lowercase in the index.
    boolean caseInsensitive = match.field() != QueryField.TAG && match.field() != QueryField.AGENT;
    String value = caseInsensitive ? match.value().toLowerCase(Locale.ROOT) : match.value();
    if (match.wildcard()) {
      return f.wildcard().field(path).matching(escapeWildcardExceptStar(value));
    }
    return f.match().field(path).matching(value, ValueModel.INDEX);
  }

  /** The hits of the sessions whose status is the value (the parser took only known ones). */
  private PredicateFinalStep status(SearchQuery.FieldMatch match) {
    Set<SessionStatus> statuses =
        WireNames.parse(SessionStatus.class, match.value().toLowerCase(Locale.ROOT))
            .map(Set::of)
            .orElse(Set.of());
    Set<UUID> sessions = sessionsWithStatus.apply(statuses);
    return sessions.isEmpty() ? f.matchNone() : f.terms().field(SESSION_ID).matchingAny(sessions);
  }

  private static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String escapeWildcard(String text) {
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  private static String escapeWildcardExceptStar(String text) {
    return text.replace("\\", "\\\\").replace("?", "\\?");
  }
}
