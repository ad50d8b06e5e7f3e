package dev.sessionvault.infrastructure.search;

import static dev.sessionvault.infrastructure.search.SearchFields.AGENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT;
import static dev.sessionvault.infrastructure.search.SearchFields.CONTENT_CODE;
import static dev.sessionvault.infrastructure.search.SearchFields.MODEL;
import static dev.sessionvault.infrastructure.search.SearchFields.ROLE;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_NAME;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_NAME_CODE;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_SUMMARY;
import static dev.sessionvault.infrastructure.search.SearchFields.SESSION_SUMMARY_CODE;
import static dev.sessionvault.infrastructure.search.SearchFields.STATUS;
import static dev.sessionvault.infrastructure.search.SearchFields.TAGS;
import static dev.sessionvault.infrastructure.search.SearchFields.TOOL;

import dev.sessionvault.domain.search.QueryField;
import dev.sessionvault.domain.search.SearchQuery;
import java.util.Locale;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a parsed query into index predicates. A word matches when it matches any searchable text:
 * the stemmed prose view, the code view (as the phrase of its identifier parts, so {@code
 * getUserById}, {@code user} and {@code main/java} all behave as a developer expects), the tags or
 * the tool name. Scores add up over fields and words, so a document matching more words in more
 * places ranks higher.
 */
final class QueryTranslator {
  private static final String[] PROSE_FIELDS = {CONTENT, SESSION_NAME, SESSION_SUMMARY};
  private static final String[] CODE_FIELDS = {
    CONTENT_CODE, SESSION_NAME_CODE, SESSION_SUMMARY_CODE
  };
  // The name and summary count for less than the document's own text.
  private static final float SESSION_TEXT_BOOST = 0.5f;

  private final SearchPredicateFactory f;

  QueryTranslator(SearchPredicateFactory f) {
    this.f = f;
  }

  PredicateFinalStep translate(SearchQuery query) {
    // Java 17: no pattern matching for switch yet
    if (query instanceof SearchQuery.Word word) {
      return word.prefix() ? prefix(word.text()) : word(word.text());
    }
    if (query instanceof SearchQuery.Phrase phrase) {
      return phrase(phrase.text());
    }
    if (query instanceof SearchQuery.FieldMatch match) {
      return field(match);
    }
    if (query instanceof SearchQuery.Not not) {
      return f.not(translate(not.excluded()));
    }
    if (query instanceof SearchQuery.All all) {
      return f.bool(b -> all.parts().forEach(part -> b.must(translate(part))));
    }
    if (query instanceof SearchQuery.Any any) {
      return f.bool(b -> any.parts().forEach(part -> b.should(translate(part))));
    }
    return f.matchAll();
  }

  private PredicateFinalStep word(String text) {
    return f.bool(
        b -> {
          if (hasLetterOrDigit(text)) {
            b.should(
                f.match()
                    .field(CONTENT)
                    .field(SESSION_NAME)
                    .boost(SESSION_TEXT_BOOST)
                    .field(SESSION_SUMMARY)
                    .boost(SESSION_TEXT_BOOST)
                    .matching(text, ValueModel.INDEX));
            b.should(
                f.phrase()
                    .field(CONTENT_CODE)
                    .field(SESSION_NAME_CODE)
                    .boost(SESSION_TEXT_BOOST)
                    .field(SESSION_SUMMARY_CODE)
                    .boost(SESSION_TEXT_BOOST)
                    .matching(text)
                    .analyzer(SearchAnalyzers.CODE_QUERY));
          }
          String keyword = text.toLowerCase(Locale.ROOT);
          b.should(f.match().fields(TAGS, TOOL).matching(keyword, ValueModel.INDEX));
        });
  }

  private PredicateFinalStep prefix(String text) {
    String pattern = escapeWildcard(text.toLowerCase(Locale.ROOT)) + "*";
    return f.bool(
        b -> {
          b.should(f.wildcard().fields(PROSE_FIELDS).matching(pattern));
          b.should(f.wildcard().fields(CODE_FIELDS).matching(pattern));
          b.should(f.wildcard().fields(TAGS, TOOL).matching(pattern));
        });
  }

  private PredicateFinalStep phrase(String text) {
    return f.bool(
        b -> {
          b.should(f.phrase().fields(PROSE_FIELDS).matching(text));
          b.should(
              f.phrase().fields(CODE_FIELDS).matching(text).analyzer(SearchAnalyzers.CODE_QUERY));
        });
  }

  private PredicateFinalStep field(SearchQuery.FieldMatch match) {
    String path =
        switch (match.field()) {
          case ROLE -> ROLE;
          case TOOL -> TOOL;
          case TAG -> TAGS;
          case MODEL -> MODEL;
          case AGENT -> AGENT;
          case STATUS -> STATUS;
        };
    // Normalized keywords (role, tool, model, status) are lowercase in the index.
    boolean caseInsensitive = match.field() != QueryField.TAG && match.field() != QueryField.AGENT;
    String value = caseInsensitive ? match.value().toLowerCase(Locale.ROOT) : match.value();
    if (match.wildcard()) {
      return f.wildcard().field(path).matching(escapeWildcardExceptStar(value));
    }
    return f.match().field(path).matching(value, ValueModel.INDEX);
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
