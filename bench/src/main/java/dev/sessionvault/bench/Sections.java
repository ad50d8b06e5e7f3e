package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one generated section of BENCHMARKS.md, between its begin and end markers. */
final class Sections {
  private Sections() {}

  /**
   * Writes {@code content} between {@code <!-- kind:begin key -->} and its end marker, replacing
   * what was there, or appends it (after {@code after}, a heading, when that exists) the first
   * time.
   */
  static void replace(Path file, String kind, String key, String content, String after)
      throws IOException {
    String begin = "<!-- " + kind + ":begin " + key + " -->";
    String end = "<!-- " + kind + ":end " + key + " -->";
    String section = begin + "\n" + content + end + "\n";
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from >= 0 && to > from) {
      int next = to + end.length();
      if (next < text.length() && text.charAt(next) == '\n') {
        next++;
      }
      text = text.substring(0, from) + section + text.substring(next);
    } else if (after != null && text.contains(after)) {
      int at = text.indexOf('\n', text.indexOf(after));
      at = at < 0 ? text.length() : at + 1;
      text = text.substring(0, at) + "\n" + section + text.substring(at);
    } else {
      text = text.stripTrailing() + "\n\n" + section;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
