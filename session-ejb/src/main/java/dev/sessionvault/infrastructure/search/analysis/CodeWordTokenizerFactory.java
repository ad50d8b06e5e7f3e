package dev.sessionvault.infrastructure.search.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.AttributeFactory;

/**
 * Words are runs of letters, digits and underscores: exactly the tokens of Lucene's pattern
 * tokenizer splitting at {@code [^\p{L}\p{N}_]+}, found by a character test instead of a regular
 * expression. Measured on the benchmark's corpus (BENCHMARKS.md, "Indexing"), the regular
 * expression was most of the tokenizer's time.
 */
public final class CodeWordTokenizerFactory extends TokenizerFactory {
  /** Lucene's largest token; content is at most this long, so no word is ever split. */
  private static final int MAX_WORD = 1024 * 1024;

  public CodeWordTokenizerFactory(Map<String, String> parameters) {
    super(parameters);
    if (!parameters.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters " + parameters);
    }
  }

  @Override
  public CharTokenizer create(AttributeFactory factory) {
    return new CharTokenizer(factory, MAX_WORD) {
      @Override
      protected boolean isTokenChar(int c) {
        return isWordChar(c);
      }
    };
  }

  /** {@code \p{L}}, {@code \p{N}} or an underscore. */
  public static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }
}
