package dev.sessionvault.domain.session;

/** The preview a listing shows of a session: its first user message, cut short. */
final class SessionPreview {
  /** The preview shown in lists: the first user message, cut to this many characters. */
  static final int LENGTH = 200;

  private SessionPreview() {}

  /**
   * The first {@value #LENGTH} UTF-16 characters (what a varchar(200) holds on every database) with
   * runs of whitespace collapsed, never ending in half a surrogate pair; null for blank text.
   */
  static String of(String content) {
    String text = content.strip().replaceAll("(?U)\\s+", " ");
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() <= LENGTH) {
      return text;
    }
    int end = LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
