package dev.sessionvault.infrastructure.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks a word of code as a keyword, so that it is never stemmed: a lower-case letter before an
 * upper-case one ({@code getUser}), an underscore, or a letter next to a digit ({@code utf8}).
 * Exactly what Lucene's keyword marker does with the pattern {@code
 * .*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*}, by one pass over the word instead of a regular
 * expression match per token, which was a sixth of the indexing thread's time (BENCHMARKS.md,
 * "Indexing").
 */
public final class IdentifierMarkerFilterFactory extends TokenFilterFactory {

  public IdentifierMarkerFilterFactory(Map<String, String> parameters) {
    super(parameters);
    if (!parameters.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters " + parameters);
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new KeywordMarkerFilter(input) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

      @Override
      protected boolean isKeyword() {
        return isIdentifier(term.buffer(), term.length());
      }
    };
  }

  static boolean isIdentifier(char[] word, int length) {
    for (int i = 0; i < length; i++) {
      char c = word[i];
      if (c == '_') {
        return true;
      }
      if (i > 0) {
        char before = word[i - 1];
        if ((isLower(before) && isUpper(c))
            || (isLetter(before) && isDigit(c))
            || (isDigit(before) && isLetter(c))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLetter(char c) {
    return isLower(c) || isUpper(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
