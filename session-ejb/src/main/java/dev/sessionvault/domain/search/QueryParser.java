package dev.sessionvault.domain.search;

import dev.sessionvault.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the search box's query language into a {@link SearchQuery}. The language is Google-like:
 * words separated by spaces must all match; {@code a OR b} matches either (OR binds tighter than
 * the implicit AND); {@code ( ... )} groups; {@code "exact phrase"}; {@code -term} excludes; {@code
 * auth*} matches a prefix; {@code name:value} matches a field ({@link QueryField}), where the value
 * may be quoted and may contain {@code *} wildcards. Everything else, code included ({@code
 * getUserById()}, {@code src/main/Foo.java}), is a word as typed. Every error is a {@link
 * ValidationException} on {@code q} that says what is wrong, at which position, and how to fix it.
 *
 * <p>Longer than 300 lines because a recursive-descent parser reads best as one grammar, a method
 * per rule.
 */
public final class QueryParser {
  static final int MAX_LENGTH = 1000;
  static final int MAX_TERMS = 64;
  static final int MAX_DEPTH = 16;

  private enum Kind {
    TERM,
    MINUS,
    OR,
    OPEN,
    CLOSE,
    END
  }

  /** {@code at} is the index in the input; {@code term} is set for {@link Kind#TERM} only. */
  private record Token(Kind kind, int at, SearchQuery term) {}

  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int next;
  private int depth;

  private QueryParser(String input) {
    this.input = input;
  }

  public static SearchQuery parse(String input) {
    if (input == null) {
      return new SearchQuery.Everything();
    }
    if (input.codePointCount(0, input.length()) > MAX_LENGTH) {
      throw new ValidationException("q", "is too long: at most " + MAX_LENGTH + " characters");
    }
    QueryParser parser = new QueryParser(input);
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
        throw error(
            "the control character U+%04X at position %d is not allowed: remove it",
            (int) c, parser.position(i));
      }
    }
    parser.tokenize();
    // Blank also means only no-break spaces, which isBlank() does not count as whitespace.
    if (parser.tokens.size() == 1) {
      return new SearchQuery.Everything();
    }
    SearchQuery query = parser.parseQuery();
    long terms = parser.tokens.stream().filter(t -> t.kind() == Kind.TERM).count();
    if (terms > MAX_TERMS) {
      throw new ValidationException(
          "q",
          "has "
              + terms
              + " terms: at most "
              + MAX_TERMS
              + " are allowed; remove some words or search in several steps");
    }
    return query;
  }

  // ---- tokenizer ----

  private void tokenize() {
    int i = 0;
    boolean afterMinus = false;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, i, null));
        i++;
      } else if (c == '-' && !afterMinus) {
        char after = i + 1 < input.length() ? input.charAt(i + 1) : ' ';
        if (isSpace(after) || after == ')') {
          throw error(
              "\"-\" at position %d excludes nothing: write -word to exclude a word, or remove"
                  + " the \"-\"",
              position(i));
        }
        if (after == '-') {
          throw error(
              "\"--\" at position %d is not a term: write -word to exclude a word, or quote the"
                  + " text to search for it",
              position(i));
        }
        tokens.add(new Token(Kind.MINUS, i, null));
        i++;
        afterMinus = true;
        continue;
      } else if (c == '"') {
        int close = closingQuote(i);
        String text = input.substring(i + 1, close).strip();
        if (text.isEmpty()) {
          throw error(
              "the phrase at position %d is empty: put words between the quotes or remove them",
              position(i));
        }
        tokens.add(new Token(Kind.TERM, i, new SearchQuery.Phrase(text)));
        i = close + 1;
      } else {
        i = scanTerm(i, afterMinus);
      }
      afterMinus = false;
    }
    tokens.add(new Token(Kind.END, input.length(), null));
  }

  /** Reads a field term, an {@code OR} or a word starting at {@code start}; returns its end. */
  private int scanTerm(int start, boolean afterMinus) {
    int name = start;
    while (name < input.length() && isAsciiLetter(input.charAt(name))) {
      name++;
    }
    String typedName = input.substring(start, name);
    boolean colon = name > start && name < input.length() && input.charAt(name) == ':';
    char after = colon && name + 1 < input.length() ? input.charAt(name + 1) : ' ';
    // A known field always wants a value; for other names, "TODO:" (nothing after the colon) and
    // "std::vector" are words rather than mistyped fields.
    if (colon
        && (QueryField.byName(typedName).isPresent()
            || (!isSpace(after) && after != ')' && after != ':'))) {
      return scanField(start, typedName, name + 1);
    }
    int end = wordEnd(start);
    String text = input.substring(start, end);
    if (text.equals("OR") && !afterMinus) {
      tokens.add(new Token(Kind.OR, start, null));
      return end;
    }
    String stem = text.replaceAll("\\*+$", "");
    if (stem.isEmpty()) {
      throw error(
          "\"*\" at position %d matches everything: add at least one character before it",
          position(start));
    }
    tokens.add(
        new Token(Kind.TERM, start, new SearchQuery.Word(stem, stem.length() < text.length())));
    return end;
  }

  private int scanField(int start, String typedName, int valueStart) {
    QueryField field =
        QueryField.byName(typedName)
            .orElseThrow(
                () ->
                    error(
                        "unknown field \"%s\" at position %d; fields are %s (put the term in"
                            + " quotes to search for it as text)",
                        typedName, position(start), QueryField.names()));
    int end;
    String value;
    if (valueStart < input.length() && input.charAt(valueStart) == '"') {
      end = closingQuote(valueStart) + 1;
      value = input.substring(valueStart + 1, end - 1).strip();
    } else {
      end = wordEnd(valueStart);
      value = input.substring(valueStart, end);
    }
    if (value.isEmpty()) {
      throw error(
          "%s: at position %d needs a value, e.g. %s:%s",
          typedName, position(start), field.wireName(), example(field));
    }
    List<String> allowed = field.allowedValues();
    if (!allowed.isEmpty()) {
      String lower = value.toLowerCase(Locale.ROOT);
      if (!allowed.contains(lower)) {
        throw error(
            "%s:%s at position %d: %s must be one of %s",
            typedName, value, position(start), field.wireName(), String.join(", ", allowed));
      }
      value = lower;
    }
    tokens.add(
        new Token(Kind.TERM, start, new SearchQuery.FieldMatch(field, value, value.contains("*"))));
    return end;
  }

  /**
   * Where a word starting at {@code start} ends: at a space, a quote or an unmatched {@code )}. A
   * {@code (} stays in the word when the word closes it ({@code getUserById()}); otherwise it
   * starts a group.
   */
  private int wordEnd(int start) {
    int i = start;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (isSpace(c) || c == '"' || c == ')') {
        break;
      }
      if (c == '(') {
        int close = matchingParenInWord(i);
        // "(a)OR(b)" is an alternative, not the word "OR(b)".
        if (close < 0 || (i == start + 2 && input.startsWith("OR", start))) {
          break;
        }
        i = close;
      }
      i++;
    }
    return i;
  }

  private int matchingParenInWord(int open) {
    int level = 0;
    for (int i = open; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isSpace(c) || c == '"') {
        return -1;
      }
      level += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (level == 0) {
        return i;
      }
    }
    return -1;
  }

  private int closingQuote(int open) {
    int close = input.indexOf('"', open + 1);
    if (close < 0) {
      throw error(
          "the quote at position %d is never closed: add a closing \" or remove it",
          position(open));
    }
    return close;
  }

  // ---- parser: query = sequence END; sequence = either*; either = unary (OR unary)* ----

  private SearchQuery parseQuery() {
    SearchQuery query = sequence();
    Token stray = tokens.get(next);
    if (stray.kind() == Kind.CLOSE) {
      throw error(
          "the parenthesis at position %d closes nothing: remove it or add a ( before it",
          position(stray.at()));
    }
    return query;
  }

  /** Terms up to the end or a {@code )}: one term is itself, more are an implicit AND. */
  private SearchQuery sequence() {
    List<SearchQuery> parts = new ArrayList<>();
    while (peek() != Kind.END && peek() != Kind.CLOSE) {
      parts.add(either());
    }
    return parts.size() == 1 ? parts.get(0) : new SearchQuery.All(parts);
  }

  private SearchQuery either() {
    List<SearchQuery> parts = new ArrayList<>();
    parts.add(unary());
    while (peek() == Kind.OR) {
      next++;
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new SearchQuery.Any(parts);
  }

  private SearchQuery unary() {
    Token token = tokens.get(next++);
    return switch (token.kind()) {
      case TERM -> token.term();
      case MINUS -> new SearchQuery.Not(unary());
      case OPEN -> group(token);
      case OR -> throw orError(token);
      // sequence() and group() stop before these, and "-" is never followed by them: only an OR
      // can have led here.
      case CLOSE, END -> throw orError(tokens.get(next - 2));
    };
  }

  private SearchQuery group(Token open) {
    if (++depth > MAX_DEPTH) {
      throw error(
          "the parenthesis at position %d is nested too deep: at most %d levels are allowed;"
              + " remove some parentheses",
          position(open.at()), MAX_DEPTH);
    }
    if (peek() == Kind.CLOSE) {
      throw error(
          "the parentheses at position %d are empty: put a term between them or remove them",
          position(open.at()));
    }
    SearchQuery inside = sequence();
    if (peek() != Kind.CLOSE) {
      throw error(
          "the parenthesis at position %d is never closed: add a ) or remove it",
          position(open.at()));
    }
    next++;
    depth--;
    return inside;
  }

  private ValidationException orError(Token or) {
    return error(
        "OR at position %d needs a term on both sides: add one or remove the OR",
        position(or.at()));
  }

  // ---- helpers ----

  private Kind peek() {
    return tokens.get(next).kind();
  }

  /** 1-based, in characters as the user sees them (a surrogate pair counts once). */
  private int position(int index) {
    return input.codePointCount(0, index) + 1;
  }

  private static ValidationException error(String format, Object... args) {
    return new ValidationException("q", String.format(Locale.ROOT, format, args));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String example(QueryField field) {
    return switch (field) {
      case TOOL -> "Bash";
      case MODEL -> "claude-*";
      case AGENT -> "claude_code";
      case TAG -> "security";
      default -> field.allowedValues().isEmpty() ? "x" : field.allowedValues().get(0);
    };
  }
}
