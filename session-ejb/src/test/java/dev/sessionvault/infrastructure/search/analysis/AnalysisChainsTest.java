package dev.sessionvault.infrastructure.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/**
 * The analysis chains give exactly the tokens of the chains they replaced, built from Lucene's own
 * factories with regular expressions (the pattern tokenizer and keyword marker): same terms,
 * positions, position lengths and offsets, on texts mixing prose, code, paths, other scripts, emoji
 * and over-long words; and the replaying analyzer gives the same tokens again.
 */
class AnalysisChainsTest {
  /** What the tokenizer split at, and the keyword marker matched, as regular expressions. */
  private static final String WORD_SEPARATORS = "[^\\p{L}\\p{N}_]+";

  private static final String IDENTIFIER = ".*([a-z][A-Z]|_|[A-Za-z][0-9]|[0-9][A-Za-z]).*";

  private static final Analyzer REFERENCE_TEXT =
      reference(
          "wordDelimiterGraph",
          "keywordRepeat",
          "keywordMarker",
          "lowercase",
          "asciiFolding",
          "porterStem",
          "removeDuplicates",
          "flattenGraph");

  private static final Analyzer REFERENCE_QUERY =
      reference("keywordMarker", "lowercase", "asciiFolding", "porterStem");

  private static final Analyzer TEXT =
      SessionVaultAnalysisConfigurer.analyzer(SessionVaultAnalysisConfigurer.TEXT_CHAIN);
  private static final Analyzer QUERY =
      SessionVaultAnalysisConfigurer.analyzer(SessionVaultAnalysisConfigurer.TEXT_QUERY_CHAIN);
  private static final Analyzer REPLAYING = new ReplayingAnalyzer(TEXT);

  private static final String[] PIECES = {
    "the",
    "build",
    "failed",
    "failing",
    "getUserById",
    "snake_case_name",
    "HTTPServer",
    "utf8",
    "8bit",
    "v2Beta",
    "__init__",
    "_",
    "x",
    "A",
    "src/main/java/Foo.java",
    "main/java",
    "order_created_at",
    "café",
    "Straße",
    "naïve",
    "Ωmega",
    "привет",
    "日本語",
    "😀",
    "🙂x",
    "١٢٣",
    "Ⅻ",
    "½",
    "x²",
    "a-b",
    "a.b",
    "a'b",
    "42",
    "3.14",
    "1e400",
    "\u0000",
    "\t",
    "\n",
    "  ",
    "--",
    "(",
    ")",
    "\"",
    ":",
    "\u00a0",
    "e\u0301",
    "ﬁle",
    "İstanbul",
    "ǅ",
    "ABCdef",
    "abcDEF",
    "a1b2c3",
    "x_1",
    "1_x",
    "CONSTANT_NAME",
    "camelCase42Words",
    "ß_ss",
  };

  @Test
  void theTextChainGivesTheTokensOfThePatternBasedChain() {
    Random random = new Random(20261204);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      assertEquals(tokens(REFERENCE_TEXT, text), tokens(TEXT, text), () -> "text: " + text);
    }
  }

  @Test
  void theQueryChainGivesTheTokensOfThePatternBasedChain() {
    Random random = new Random(4);
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random);
      assertEquals(tokens(REFERENCE_QUERY, text), tokens(QUERY, text), () -> "query: " + text);
    }
  }

  @Test
  void aWordLongerThanTheLimitIsCutNotSplit() {
    String word = "a".repeat(300) + "B" + "c".repeat(2000);
    assertEquals(tokens(REFERENCE_TEXT, word), tokens(TEXT, word));
    assertEquals(tokens(REFERENCE_TEXT, "x " + word + " y"), tokens(TEXT, "x " + word + " y"));
  }

  @Test
  void theReplayingAnalyzerGivesTheSameTokensAgainAndForOtherTexts() {
    Random random = new Random(7);
    String previous = "";
    for (int i = 0; i < 1000; i++) {
      String text = random.nextInt(3) == 0 ? previous : randomText(random);
      List<String> expected = tokens(TEXT, text);
      assertEquals(expected, tokens(REPLAYING, text), () -> "first: " + text);
      assertEquals(expected, tokens(REPLAYING, text), () -> "replayed: " + text);
      previous = text;
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int p = 0; p < pieces; p++) {
      if (random.nextInt(10) == 0) {
        // random code points, letters and digits of any script, surrogates included
        int length = 1 + random.nextInt(8);
        for (int c = 0; c < length; c++) {
          int cp = random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : random.nextInt(0x3000);
          if (Character.isDefined(cp) && !Character.isSurrogate((char) cp)) {
            text.appendCodePoint(cp);
          }
        }
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      text.append(random.nextInt(4) == 0 ? "" : random.nextBoolean() ? " " : ", ");
    }
    return text.toString();
  }

  /** Every token as "term +increment /length [start,end)", and the final offset and increment. */
  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(
            term
                + " +"
                + increment.getPositionIncrement()
                + " /"
                + length.getPositionLength()
                + " ["
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + ")");
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The former chain, by Lucene's factory names, with its regular expressions. */
  private static Analyzer reference(String... filters) {
    try {
      CustomAnalyzer.Builder builder =
          CustomAnalyzer.builder()
              .withTokenizer("pattern", new HashMap<>(Map.of("pattern", WORD_SEPARATORS)))
              .addTokenFilter("truncate", new HashMap<>(Map.of("prefixLength", "127")));
      for (String filter : filters) {
        switch (filter) {
          case "wordDelimiterGraph" ->
              builder.addTokenFilter(
                  filter,
                  new HashMap<>(
                      Map.of(
                          "generateWordParts", "1",
                          "generateNumberParts", "1",
                          "splitOnCaseChange", "1",
                          "preserveOriginal", "1")));
          case "keywordMarker" ->
              builder.addTokenFilter(filter, new HashMap<>(Map.of("pattern", IDENTIFIER)));
          default -> builder.addTokenFilter(filter);
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
