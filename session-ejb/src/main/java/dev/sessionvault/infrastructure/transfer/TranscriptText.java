package dev.sessionvault.infrastructure.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message text as the readable formats see it: prose with fenced code blocks ({@code ```} or {@code
 * ~~~}) between. Code is kept byte for byte; prose is what may need escaping.
 */
final class TranscriptText {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");

  /** A run of prose, or a fenced code block with its info string (language). */
  record Segment(boolean code, String language, String text) {}

  private TranscriptText() {}

  /** The text cut into prose and code; an unclosed fence runs to the end. */
  static List<Segment> segments(String text) {
    List<Segment> segments = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String fence = null;
    String language = "";
    for (String line : text.split("\n", -1)) {
      Matcher matcher = FENCE.matcher(line);
      if (fence == null && matcher.matches()) {
        add(segments, false, "", lines);
        fence = matcher.group(1);
        language = matcher.group(2);
      } else if (fence != null && closes(line, fence)) {
        add(segments, true, language, lines);
        fence = null;
      } else {
        lines.add(line);
      }
    }
    add(segments, fence != null, language, lines);
    return segments;
  }

  private static boolean closes(String line, String fence) {
    String trimmed = line.strip();
    return trimmed.length() >= fence.length()
        && trimmed.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static void add(
      List<Segment> segments, boolean code, String language, List<String> lines) {
    if (code || !lines.isEmpty()) {
      segments.add(new Segment(code, language, String.join("\n", lines)));
    }
    lines.clear();
  }

  /** A fence that no run of backticks in {@code text} can close. */
  static String fenceFor(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /** HTML's five special characters escaped: for text and attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Markdown prose made inert as HTML: {@code <} outside inline code spans becomes {@code &lt;}, so
   * a {@code <script>} in a message is shown, never run, by a renderer that passes HTML.
   */
  static String markdownProse(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`') {
        int run = runLength(text, i);
        int close = text.indexOf("`".repeat(run), i + run);
        while (close >= 0 && runLength(text, close) != run) {
          close = text.indexOf("`".repeat(run), close + runLength(text, close));
        }
        if (close >= 0) {
          out.append(text, i, close + run);
          i = close + run;
          continue;
        }
        out.append(text, i, i + run);
        i += run;
        continue;
      }
      out.append(c == '<' ? "&lt;" : String.valueOf(c));
      i++;
    }
    return out.toString();
  }

  private static int runLength(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - from;
  }
}
