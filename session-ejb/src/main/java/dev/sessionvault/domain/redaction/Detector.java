package dev.sessionvault.domain.redaction;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One kind of secret: a pattern, the group {@code secret} (or {@code quoted}, {@code bare}) in it
 * when only part of a match is the secret ({@code password=} stays, what follows goes), literal
 * hints one of which every match contains (a cheap test that spares the pattern on most text), and
 * the values that look like a secret but are placeholders ({@code ${DB_PASSWORD}}, {@code <token>},
 * {@code ****}).
 */
public record Detector(
    String name, Pattern pattern, List<String> hints, Predicate<String> placeholder) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  /** The groups that hold the secret part of a match, in order; without them, the whole match. */
  private static final List<String> SECRET_GROUPS = List.of("secret", "quoted", "bare");

  /** What a secret becomes. */
  public String marker() {
    return "[REDACTED:" + name + "]";
  }

  /** Whether the text may hold a match: it contains a hint (lowercase hints: ignoring case). */
  boolean mayMatch(String text, String lowerCase) {
    if (hints.isEmpty()) {
      return true;
    }
    for (String hint : hints) {
      if (text.contains(hint) || lowerCase != null && lowerCase.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  /** The text with every match replaced, counted; the same instance when nothing matched. */
  String redact(String text, RedactionCounts counts) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = null;
    int last = 0;
    List<String> groups =
        SECRET_GROUPS.stream().filter(g -> pattern.pattern().contains("(?<" + g + ">")).toList();
    while (matcher.find()) {
      int start = groups.isEmpty() ? matcher.start() : -1;
      int end = groups.isEmpty() ? matcher.end() : -1;
      for (String group : groups) {
        if (matcher.start(group) >= 0) {
          start = matcher.start(group);
          end = matcher.end(group);
          break;
        }
      }
      if (start < 0 || placeholder.test(text.substring(start, end))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, start).append(marker());
      last = end;
      counts.add(name);
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * A deployment's own detector, from configuration. The name becomes part of the marker; the
   * pattern replaces its whole match, or its group {@code secret} when it has one.
   *
   * @throws IllegalArgumentException naming the pattern and what to fix
   */
  public static Detector custom(String name, String regex) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "redaction pattern name '"
              + name
              + "' must be 1-63 characters of lowercase letters, digits and '-'");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "redaction pattern '"
              + name
              + "' is not a valid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + " of "
              + regex,
          e);
    }
    if (pattern.matcher("").matches()) {
      throw new IllegalArgumentException(
          "redaction pattern '" + name + "' matches empty text: it must match the secret itself");
    }
    return new Detector(name.toLowerCase(Locale.ROOT), pattern, List.of(), value -> false);
  }
}
