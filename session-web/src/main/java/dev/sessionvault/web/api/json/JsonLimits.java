package dev.sessionvault.web.api.json;

import dev.sessionvault.domain.shared.ValidationException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses JSON that no field of the API needs and that would only cost the server: nesting deeper
 * than {@value #MAX_DEPTH} levels (the parser gives up at 1,000 with an unchecked error, and the
 * JSON column mappers recurse) and number literals longer than {@value #MAX_NUMBER_CHARS}
 * characters (the parser refuses those only past 1,100, with an unchecked error too). It watches
 * the characters as they stream to the parser, so it costs no second pass.
 */
final class JsonLimits extends FilterReader {
  static final int MAX_DEPTH = 256;
  static final int MAX_NUMBER_CHARS = 100;

  private int depth;
  private int numberChars;
  private boolean inString;
  private boolean escaped;
  private long line = 1;
  private long column;

  JsonLimits(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      watch((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      watch(buffer[offset + i]);
    }
    return n;
  }

  private void watch(char c) {
    column++;
    if (c == '\n') {
      line++;
      column = 0;
    }
    if (inString) {
      inString = escaped || c != '"';
      escaped = !escaped && c == '\\';
      return;
    }
    boolean numeric =
        c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    numberChars = numeric ? numberChars + 1 : 0;
    if (numberChars > MAX_NUMBER_CHARS) {
      throw refused("a number longer than " + MAX_NUMBER_CHARS + " characters; no field takes one");
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > MAX_DEPTH) {
        throw refused("nesting deeper than " + MAX_DEPTH + " levels; flatten the document");
      }
    } else if (c == ']' || c == '}') {
      depth--;
    }
  }

  private ValidationException refused(String what) {
    return new ValidationException(
        "", "the JSON body has " + what + " (line " + line + ", column " + column + ")");
  }
}
