package dev.sessionvault.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.domain.search.QueryParser;
import dev.sessionvault.infrastructure.search.analysis.ReplayingAnalyzer;
import dev.sessionvault.infrastructure.search.analysis.SessionVaultAnalysisConfigurer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks with the application's own analysis chains, as the index finds words. */
class ContentHighlighterTest {
  private static final ContentHighlighter HIGHLIGHTER =
      new ContentHighlighter(
          new ReplayingAnalyzer(SessionVaultAnalysisConfigurer.newTextAnalyzer()),
          SessionVaultAnalysisConfigurer.newTextQueryAnalyzer());

  @Test
  void marksStemmedWordsAsWritten() {
    assertEquals(
        List.of("The build <mark>failed</mark> twice"),
        highlight("failing", "The build failed twice"));
  }

  @Test
  void marksThePartOfAnIdentifierThatMatched() {
    String text = "then getUserById reads snake_case_name";
    assertEquals(
        List.of("then get<mark>User</mark>ById reads snake_case_name"), highlight("user", text));
    assertEquals(
        List.of("then <mark>getUserById</mark> reads snake_case_name"),
        highlight("getUserById", text));
    assertEquals(
        List.of("then <mark>getUserById</mark> reads snake_case_name"),
        highlight("get user by id", text));
    assertEquals(
        List.of("then getUserById reads snake_<mark>case</mark>_name"), highlight("case", text));
  }

  @Test
  void marksAPhraseOnlyWhereItsWordsStandTogether() {
    String text = "java first, then src/main/java/Foo.java";
    assertEquals(
        List.of("java first, then src&#x2F;<mark>main</mark>&#x2F;<mark>java</mark>&#x2F;Foo.java"),
        highlight("main/java", text));
    assertEquals(
        List.of("java first, then src&#x2F;main&#x2F;java&#x2F;<mark>Foo</mark>.java"),
        highlight("Foo", text));
    assertEquals(List.of(), highlight("\"first java\"", text));
  }

  @Test
  void marksPrefixesAndAlternativesButNotExcludedWords() {
    String text = "refactoring the parser, not the lexer";
    assertEquals(
        List.of("<mark>refactoring</mark> the parser, not the lexer"),
        highlight("refactor*", text));
    assertEquals(
        List.of("refactoring the <mark>parser</mark>, not the <mark>lexer</mark>"),
        highlight("parser OR lexer", text));
    assertEquals(
        List.of("refactoring the <mark>parser</mark>, not the lexer"),
        highlight("parser -lexer", text));
    assertEquals(List.of(), highlight("role:assistant", text));
  }

  @Test
  void escapesTheTextAndOnlyMarksAreMarkup() {
    List<String> fragments =
        highlight("markupcheck", "Use <script>alert('x')</script> & <b>bold</b> markupcheck \"q\"");
    assertEquals(
        List.of(
            "Use &lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; &amp; &lt;b&gt;bold&lt;&#x2F;b&gt;"
                + " <mark>markupcheck</mark> &quot;q&quot;"),
        fragments);
  }

  @Test
  void cutsLongTextsIntoFragmentsAroundTheMarksTheRichestFirst() {
    String filler = "lorem ipsum dolor sit amet ".repeat(12); // 324 characters
    String text = "alpha " + filler + "alpha beta " + filler + "tail";
    ContentHighlighter.Marks marks = HIGHLIGHTER.marks(QueryParser.parse("alpha OR beta"));
    List<String> fragments = HIGHLIGHTER.fragments(text, marks, 160, 3);
    assertEquals(2, fragments.size(), fragments.toString());
    assertTrue(
        fragments.get(0).contains("<mark>alpha</mark> <mark>beta</mark> lorem"), fragments.get(0));
    assertTrue(fragments.get(1).startsWith("<mark>alpha</mark> lorem"), fragments.get(1));
    for (String fragment : fragments) {
      String plain = fragment.replace("<mark>", "").replace("</mark>", "");
      assertTrue(plain.length() <= 160 + 2 * 20, plain.length() + ": " + plain);
      assertTrue((" " + text + " ").contains(" " + plain + " "), "cut at spaces: " + plain);
    }
    assertEquals(List.of(fragments.get(0)), HIGHLIGHTER.fragments(text, marks, 160, 1));
  }

  @Test
  void aFragmentWithMoreOfTheQueryWordsComesBeforeOneWithMoreMarks() {
    String filler = "lorem ipsum dolor sit amet ".repeat(12);
    String text = "the the the the the " + filler + "the zephyr " + filler;
    List<String> best =
        HIGHLIGHTER.fragments(text, HIGHLIGHTER.marks(QueryParser.parse("the zephyr")), 160, 1);
    assertEquals(1, best.size());
    assertTrue(best.get(0).contains("<mark>the</mark> <mark>zephyr</mark>"), best.get(0));
  }

  @Test
  void aTextWithoutTheWordsHasNoFragment() {
    assertEquals(List.of(), highlight("absent", "nothing to see here"));
    assertEquals(List.of(), highlight("absent", ""));
  }

  @Test
  void wordsOfOtherScriptsAndFoldedLettersAreFound() {
    assertEquals(List.of("un <mark>café</mark> noir"), highlight("cafe", "un café noir"));
    assertEquals(List.of("ein <mark>Straße</mark> 😀"), highlight("straße", "ein Straße 😀"));
  }

  private static List<String> highlight(String query, String text) {
    return HIGHLIGHTER.fragments(text, HIGHLIGHTER.marks(QueryParser.parse(query)), 160, 3);
  }
}
