package dev.sessionvault.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sessionvault.domain.search.SearchQuery.All;
import dev.sessionvault.domain.search.SearchQuery.Any;
import dev.sessionvault.domain.search.SearchQuery.Everything;
import dev.sessionvault.domain.search.SearchQuery.FieldMatch;
import dev.sessionvault.domain.search.SearchQuery.Not;
import dev.sessionvault.domain.search.SearchQuery.Phrase;
import dev.sessionvault.domain.search.SearchQuery.Word;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

  private static Word w(String text) {
    return new Word(text, false);
  }

  private static All all(SearchQuery... parts) {
    return new All(List.of(parts));
  }

  private static Any any(SearchQuery... parts) {
    return new Any(List.of(parts));
  }

  /** Parses input that must fail and returns the message of its single error on {@code q}. */
  private static String error(String input) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> QueryParser.parse(input), input);
    assertEquals(1, e.errors().size());
    FieldError error = e.errors().get(0);
    assertEquals("q", error.field());
    return error.message();
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(
          message.contains(part), () -> "\"" + message + "\" should contain \"" + part + "\"");
    }
  }

  @Nested
  class Grammar {
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0"})
    void blankInputMatchesEverything(String input) {
      assertEquals(new Everything(), QueryParser.parse(input));
    }

    @Test
    void oneTermIsTheTermItself() {
      assertEquals(w("flaky"), QueryParser.parse("  flaky "));
    }

    @Test
    void termsSeparatedByWhitespaceMustAllMatch() {
      assertEquals(all(w("flaky"), w("test"), w("retry")), QueryParser.parse("flaky\ttest  retry"));
    }

    @Test
    void uppercaseOrJoinsAlternatives() {
      assertEquals(any(w("a"), w("b"), w("c")), QueryParser.parse("a OR b OR c"));
    }

    @Test
    void lowercaseOrIsAWord() {
      assertEquals(all(w("a"), w("or"), w("b")), QueryParser.parse("a or b"));
    }

    @Test
    void orBindsTighterThanTheImplicitAnd() {
      assertEquals(all(w("x"), any(w("a"), w("b")), w("y")), QueryParser.parse("x a OR b y"));
      assertEquals(all(any(w("a"), w("b")), w("c")), QueryParser.parse("a OR b c"));
    }

    @Test
    void parenthesesGroup() {
      assertEquals(any(all(w("a"), w("b")), w("c")), QueryParser.parse("(a b) OR c"));
    }

    @Test
    void groupsNestAndAGroupOfOneTermIsTheTerm() {
      assertEquals(w("a"), QueryParser.parse("((a))"));
      assertEquals(
          all(w("x"), any(all(w("a"), any(w("b"), w("c"))), w("d"))),
          QueryParser.parse("x ((a (b OR c)) OR d)"));
    }

    @Test
    void quotesMakeAPhraseTrimmedWithInnerSpacingKept() {
      assertEquals(new Phrase("exact  phrase"), QueryParser.parse("\" exact  phrase \""));
      assertEquals(new Phrase("foo"), QueryParser.parse("\"foo\""));
      assertEquals(new Phrase("a OR b"), QueryParser.parse("\"a OR b\""));
    }

    @Test
    void quotesMayTouchOtherText() {
      assertEquals(all(w("foo"), new Phrase("bar baz")), QueryParser.parse("foo\"bar baz\""));
      assertEquals(all(new Phrase("a"), w("b")), QueryParser.parse("\"a\"b"));
    }

    @Test
    void minusExcludesEveryKindOfTerm() {
      assertEquals(new Not(w("flaky")), QueryParser.parse("-flaky"));
      assertEquals(new Not(new Phrase("two words")), QueryParser.parse("-\"two words\""));
      assertEquals(
          new Not(new FieldMatch(QueryField.ROLE, "tool", false)), QueryParser.parse("-role:tool"));
      assertEquals(new Not(any(w("a"), w("b"))), QueryParser.parse("-(a OR b)"));
      assertEquals(new Not(new Word("auth", true)), QueryParser.parse("-auth*"));
      assertEquals(all(w("x"), new Not(w("y"))), QueryParser.parse("x -y"));
      assertEquals(any(w("a"), new Not(w("b"))), QueryParser.parse("a OR -b"));
    }

    @Test
    void minusBeforeOrExcludesTheWordOr() {
      assertEquals(all(w("a"), new Not(w("OR"))), QueryParser.parse("a -OR"));
    }

    @Test
    void hyphenInsideAWordIsPartOfIt() {
      assertEquals(w("foo-bar"), QueryParser.parse("foo-bar"));
      assertEquals(w("claude-3"), QueryParser.parse("claude-3"));
      assertEquals(w("a-"), QueryParser.parse("a-"));
    }

    @Test
    void trailingStarMakesAPrefix() {
      assertEquals(new Word("auth", true), QueryParser.parse("auth*"));
      assertEquals(new Word("auth", true), QueryParser.parse("auth**"));
    }

    @Test
    void starElsewhereIsText() {
      assertEquals(w("a*b"), QueryParser.parse("a*b"));
      assertEquals(w("*foo"), QueryParser.parse("*foo"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "getUserById",
          "getUserById()",
          "snake_case_name",
          "src/main/java/Foo.java",
          "main/java",
          "Foo.java",
          "a<b",
          "x&&y",
          "List<String>",
          "map.get(key)",
          "std::vector",
          ":foo",
          "::",
          "TODO:",
          "café",
        })
    void codeLikeInputIsOneWordAsTyped(String input) {
      assertEquals(w(input), QueryParser.parse(input));
    }

    @Test
    void parenthesesInsideAWordOnlyStayWhenTheWordClosesThem() {
      assertEquals(w("getUserById()"), QueryParser.parse("(getUserById())"));
      assertEquals(all(w("foo"), all(w("bar"), w("baz"))), QueryParser.parse("foo(bar baz)"));
      assertEquals(any(w("a"), w("b")), QueryParser.parse("(a)OR(b)"));
    }

    @Test
    void fieldMatchesKeepTheValueAsTyped() {
      assertEquals(new FieldMatch(QueryField.TOOL, "Bash", false), QueryParser.parse("tool:Bash"));
      assertEquals(
          new FieldMatch(QueryField.AGENT, "claude_code", false),
          QueryParser.parse("agent:claude_code"));
    }

    @Test
    void fieldNamesAreCaseInsensitiveAndClosedSetValuesLowercase() {
      assertEquals(
          new FieldMatch(QueryField.ROLE, "assistant", false), QueryParser.parse("ROLE:Assistant"));
      assertEquals(
          new FieldMatch(QueryField.STATUS, "completed", false),
          QueryParser.parse("Status:COMPLETED"));
    }

    @Test
    void aStarInAFieldValueIsAWildcard() {
      assertEquals(
          new FieldMatch(QueryField.MODEL, "claude-*", true), QueryParser.parse("model:claude-*"));
    }

    @Test
    void fieldValuesMayBeQuoted() {
      assertEquals(
          new FieldMatch(QueryField.TAG, "needs review", false),
          QueryParser.parse("tag:\"needs review\""));
      assertEquals(
          new FieldMatch(QueryField.ROLE, "user", false), QueryParser.parse("role:\" User \""));
    }

    @Test
    void fieldsCombineWithEverythingElse() {
      assertEquals(
          all(
              new FieldMatch(QueryField.ROLE, "assistant", false),
              any(w("flaky"), new Word("retr", true)),
              new Not(new FieldMatch(QueryField.TAG, "ci", false))),
          QueryParser.parse("role:assistant (flaky OR retr*) -tag:ci"));
    }

    @Test
    void sixtyFourTermsAndSixteenLevelsAreAllowed() {
      String terms = "x ".repeat(QueryParser.MAX_TERMS);
      assertEquals(QueryParser.MAX_TERMS, ((All) QueryParser.parse(terms)).parts().size());
      String nested = "(".repeat(16) + "a" + ")".repeat(16);
      assertEquals(w("a"), QueryParser.parse(nested));
      String longest = "a".repeat(QueryParser.MAX_LENGTH);
      assertEquals(w(longest), QueryParser.parse(longest));
    }
  }

  @Nested
  class Errors {
    @Test
    void unclosedQuote() {
      assertEquals(
          "the quote at position 5 is never closed: add a closing \" or remove it",
          error("foo \"bar"));
      assertMentions(error("tag:\"needs review"), "position 5", "closing \"");
    }

    @Test
    void emptyPhrase() {
      assertMentions(error("a \"\""), "empty", "position 3", "put words between the quotes");
      assertMentions(error("\"   \""), "empty", "position 1");
    }

    @Test
    void loneMinus() {
      String expected =
          "\"-\" at position 5 excludes nothing: write -word to exclude a word, or remove the \"-\"";
      assertEquals(expected, error("foo - bar"));
      assertEquals(expected, error("foo -"));
      assertMentions(error("(foo -)"), "\"-\" at position 6", "write -word");
    }

    @Test
    void doubleMinus() {
      assertMentions(error("a --x"), "\"--\" at position 3", "write -word");
    }

    @Test
    void unknownField() {
      assertEquals(
          "unknown field \"foo\" at position 1; fields are agent, model, role, status, tag, tool"
              + " (put the term in quotes to search for it as text)",
          error("foo:bar"));
      assertMentions(error("see http://example.com"), "\"http\" at position 5", "in quotes");
    }

    @Test
    void emptyFieldValue() {
      assertEquals("tag: at position 1 needs a value, e.g. tag:security", error("tag:"));
      assertEquals("tag: at position 3 needs a value, e.g. tag:security", error("a tag: x"));
      assertMentions(error("(role:)"), "role: at position 2", "e.g. role:user");
      assertMentions(error("tag:\"\""), "position 1", "needs a value");
    }

    @Test
    void closedSetValueNotAllowed() {
      assertEquals(
          "role:robot at position 3: role must be one of user, assistant, system, tool",
          error("x role:robot"));
      assertMentions(error("role:ass*"), "position 1", "must be one of");
      assertMentions(
          error("status:done"),
          "position 1",
          "must be one of initializing, active, idle, completed, failed");
    }

    @Test
    void orWithoutATermOnBothSides() {
      String tail = " needs a term on both sides";
      assertMentions(error("OR a"), "OR at position 1" + tail);
      assertMentions(error("a OR"), "OR at position 3" + tail);
      assertMentions(error("a OR OR b"), "OR at position 6" + tail);
      assertMentions(error("(OR a)"), "OR at position 2" + tail);
      assertMentions(error("(a OR) b"), "OR at position 4" + tail);
    }

    @Test
    void unclosedParenthesis() {
      assertMentions(error("(a b"), "the parenthesis at position 1 is never closed", "add a )");
      assertMentions(error("(a (b)"), "the parenthesis at position 1 is never closed");
    }

    @Test
    void strayClosingParenthesis() {
      assertMentions(error("a b)"), "the parenthesis at position 4 closes nothing", "remove it");
    }

    @Test
    void emptyGroup() {
      assertMentions(error("a ()"), "position 3", "empty", "put a term between them");
      assertMentions(error("-( )"), "position 2", "empty");
    }

    @Test
    void loneStar() {
      String tail = " matches everything: add at least one character before it";
      assertEquals("\"*\" at position 3" + tail, error("a *"));
      assertEquals("\"*\" at position 4" + tail, error("a -*"));
      assertMentions(error("***"), "position 1", "matches everything");
    }

    @Test
    void tooLong() {
      String message = error("a".repeat(QueryParser.MAX_LENGTH + 1));
      assertEquals("is too long: at most 1000 characters", message);
      assertMentions(error(" ".repeat(QueryParser.MAX_LENGTH + 1)), "too long");
    }

    @Test
    void tooManyTerms() {
      assertMentions(error("x ".repeat(QueryParser.MAX_TERMS + 1)), "65 terms", "at most 64");
      assertMentions(error("-a OR b ".repeat(33)), "66 terms", "at most 64");
    }

    @Test
    void nestedTooDeep() {
      String nested = "(".repeat(17) + "a" + ")".repeat(17);
      assertMentions(
          error(nested), "the parenthesis at position 17 is nested too deep", "at most 16");
    }

    @Test
    void controlCharacters() {
      assertMentions(error("foo\u0007bar"), "U+0007", "position 4", "not allowed: remove it");
      assertMentions(error("\u0000"), "position 1");
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
      assertMentions(error("\uD83D\uDE00 \"x"), "quote at position 3");
    }
  }

  /** Random queries from the language's own pieces must parse or fail with a helpful message. */
  @Test
  void randomInputEitherParsesOrFailsWithAPositionedMessage() {
    String[] alphabet = {"a", "b", "\"", "-", "(", ")", ":", "*", "OR", "role", "tag", "x", " "};
    Random random = new Random(20240611L);
    int parsed = 0;
    for (int run = 0; run < 2000; run++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        input.append(alphabet[random.nextInt(alphabet.length)]);
      }
      try {
        if (QueryParser.parse(input.toString()) != null) {
          parsed++;
        }
      } catch (ValidationException e) {
        FieldError error = e.errors().get(0);
        assertEquals("q", error.field(), input::toString);
        String m = error.message();
        assertTrue(
            m.contains("position")
                || m.contains("too long")
                || m.contains("terms")
                || m.contains("deep"),
            () -> input + " -> " + m);
      } catch (RuntimeException | StackOverflowError e) {
        fail("\"" + input + "\" threw " + e);
      }
    }
    assertTrue(parsed > 200, "only " + parsed + " of 2000 random queries parsed");
  }
}
