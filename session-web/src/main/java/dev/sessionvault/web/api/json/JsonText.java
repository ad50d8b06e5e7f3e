package dev.sessionvault.web.api.json;

import dev.sessionvault.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON text as requests send it: strict UTF-8, limited in size, depth and number length, parsed
 * with duplicated keys refused, and every way it can be broken turned into a {@link
 * ValidationException} that says where and what to fix.
 */
public final class JsonText {
  /**
   * A duplicated key is an error, not "last one wins". Parsson's parser honours its own switch; the
   * standard one is given too for other JSON-P implementations.
   */
  private static final JsonParserFactory PARSERS =
      Json.createParserFactory(
          Map.of(
              JsonConfig.KEY_STRATEGY,
              JsonConfig.KeyStrategy.NONE,
              "org.eclipse.parsson.rejectDuplicateKeys",
              true));

  private JsonText() {}

  /** The body as UTF-8 text, failing past {@code maxBytes} bytes or on malformed UTF-8. */
  public static Reader utf8(InputStream body, long maxBytes) {
    return new InputStreamReader(
        new LimitedInputStream(body, maxBytes),
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** The body as bytes, failing past {@code maxBytes} (413). */
  public static InputStream limited(InputStream body, long maxBytes) {
    return new LimitedInputStream(body, maxBytes);
  }

  /** A parser of text whose nesting and numbers are kept within what the API reads. */
  public static JsonParser parser(Reader text) {
    return PARSERS.createParser(new JsonLimits(text));
  }

  /**
   * What a parser's failure means for the client, reported at {@code field} ("" for the body); null
   * for a failure that is not about the text.
   */
  public static ValidationException malformed(RuntimeException e, String field) {
    if (e instanceof JsonParsingException parsing) {
      JsonLocation at = parsing.getLocation();
      return new ValidationException(
          field,
          "malformed JSON"
              + (at == null
                  ? ""
                  : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber())
              + ": "
              + e.getMessage());
    }
    if (e instanceof JsonException) {
      if (e.getCause() instanceof IOException io) {
        return unreadable(io, field);
      }
      return new ValidationException(
          field, "the request body is not valid JSON: " + e.getMessage());
    }
    if (e instanceof NumberFormatException) {
      // Parsson's BigDecimal: an exponent beyond what an int holds
      return new ValidationException(
          field, "the JSON body has a number with an exponent out of range; write plain numbers");
    }
    if (e instanceof IllegalStateException) {
      // Parsson reports a duplicated key as an IllegalStateException while building the object.
      return new ValidationException(
          field, "the request body is not valid JSON: " + e.getMessage());
    }
    return null;
  }

  /**
   * A body that cannot be read as UTF-8 text. Liberty decodes gzip and deflate bodies itself: a
   * body its Content-Encoding does not describe fails here, as does one shorter than its
   * Content-Length.
   */
  public static ValidationException unreadable(Throwable e, String field) {
    if (e instanceof CharacterCodingException) {
      return new ValidationException(
          field, "the request body is not valid UTF-8; send JSON as UTF-8");
    }
    return new ValidationException(
        field,
        "the request body could not be read: it ended before its Content-Length, or it is not"
            + " compressed as its Content-Encoding says; send it complete, or uncompressed");
  }
}
