package dev.sessionvault.domain.session;

import java.util.Collection;
import java.util.Map;

/**
 * How many bytes stored content takes, as storage quotas count it: the UTF-8 length of text, and of
 * the compact JSON text of structured values (string escapes aside). Measured as parts are
 * appended, without encoding anything.
 */
public final class ContentSize {
  private ContentSize() {}

  /** The UTF-8 length of {@code text}; 0 for null. */
  public static long of(CharSequence text) {
    if (text == null) {
      return 0;
    }
    long bytes = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length) {
        bytes += 4; // a surrogate pair is one 4-byte code point
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** The length of the compact JSON text of a value made of maps, lists, strings and scalars. */
  public static long ofJson(Object value) {
    if (value == null) {
      return 0;
    }
    return json(value);
  }

  private static long json(Object value) {
    if (value == null) {
      return 4;
    }
    if (value instanceof CharSequence text) {
      return of(text) + 2;
    }
    if (value instanceof Map<?, ?> map) {
      long bytes = 2 + Math.max(0, map.size() - 1);
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        bytes += of(String.valueOf(entry.getKey())) + 3 + json(entry.getValue());
      }
      return bytes;
    }
    if (value instanceof Collection<?> list) {
      long bytes = 2 + Math.max(0, list.size() - 1);
      for (Object item : list) {
        bytes += json(item);
      }
      return bytes;
    }
    return of(String.valueOf(value));
  }
}
