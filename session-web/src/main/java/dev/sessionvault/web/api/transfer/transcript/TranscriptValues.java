package dev.sessionvault.web.api.transfer.transcript;

import dev.sessionvault.web.api.json.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.UUID;

/**
 * What every transcript reader needs of its lines: a line as a JSON object, its members when they
 * have the expected type, and values that may be missing or malformed.
 */
final class TranscriptValues {
  private TranscriptValues() {}

  static String orElse(String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  /** The assistant's session id as a UUID, or null when it is not one. */
  static UUID uuid(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }

  /** A text cut to what a field holds, with an ellipsis saying so. */
  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** A line as a JSON object, or null when it is not one. */
  static JsonObject parse(String text) {
    try (JsonParser parser = JsonText.parser(new StringReader(text))) {
      if (parser.next() != JsonParser.Event.START_OBJECT) {
        return null;
      }
      JsonObject object = parser.getObject();
      return parser.hasNext() ? null : object;
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  static String string(JsonObject object, String name) {
    return object != null && object.get(name) instanceof JsonString text ? text.getString() : null;
  }

  static JsonObject object(JsonObject object, String name) {
    return object != null && object.get(name) instanceof JsonObject member ? member : null;
  }

  /** 64 bits of the SHA-256 of a stripped text: equal texts, equal fingerprints. */
  static long fingerprint(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(digest).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
