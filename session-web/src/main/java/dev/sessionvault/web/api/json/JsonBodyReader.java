package dev.sessionvault.web.api.json;

import dev.sessionvault.domain.shared.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every JSON request body: enforces the size limit (413), rejects malformed JSON with its
 * line and column, duplicate keys, and binds records strictly (unknown fields, wrong types, bad
 * enumeration values: 400 with field paths).
 */
@Provider
@ApplicationScoped
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {
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

  @Inject
  @ConfigProperty(name = "sessionvault.max-request-bytes", defaultValue = "33554432")
  long maxRequestBytes;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() || JsonValue.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entityStream)
      throws IOException {
    String declared = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
    if (declared != null
        && declared.matches("\\d{1,18}")
        && Long.parseLong(declared) > maxRequestBytes) {
      throw new PayloadTooLargeException(maxRequestBytes);
    }
    JsonValue json;
    try {
      json = parse(entityStream);
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (JsonValue.class.isAssignableFrom(type)) {
      if (!type.isInstance(json)) {
        throw new ValidationException("", "must be a JSON " + expected(type));
      }
      return json;
    }
    return JsonBinder.bind(json, type);
  }

  private JsonValue parse(InputStream entityStream) throws IOException {
    PushbackInputStream body =
        new PushbackInputStream(new LimitedInputStream(entityStream, maxRequestBytes));
    int first = body.read();
    if (first < 0) {
      throw new ValidationException("", "a JSON request body is required");
    }
    body.unread(first);
    try (JsonParser parser =
        PARSERS.createParser(
            new JsonLimits(
                new InputStreamReader(
                    body,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))))) {
      parser.next();
      JsonValue json = parser.getValue();
      if (parser.hasNext()) {
        JsonLocation at = parser.getLocation();
        throw new ValidationException(
            "",
            "malformed JSON at line "
                + at.getLineNumber()
                + ", column "
                + at.getColumnNumber()
                + ": unexpected content after the JSON document");
      }
      return json;
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new ValidationException(
          "",
          "malformed JSON"
              + (at == null
                  ? ""
                  : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber())
              + ": "
              + e.getMessage());
    } catch (JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw unreadable(io);
      }
      throw new ValidationException("", "the request body is not valid JSON: " + e.getMessage());
    } catch (NumberFormatException e) {
      // Parsson's BigDecimal: an exponent beyond what an int holds
      throw new ValidationException(
          "", "the JSON body has a number with an exponent out of range; write plain numbers");
    } catch (IllegalStateException e) {
      // Parsson reports a duplicated key as an IllegalStateException while building the object.
      throw new ValidationException("", "the request body is not valid JSON: " + e.getMessage());
    }
  }

  /**
   * A body that cannot be read as UTF-8 text. Liberty decodes gzip and deflate bodies itself: a
   * body its Content-Encoding does not describe fails here, as does one shorter than its
   * Content-Length.
   */
  private static ValidationException unreadable(Throwable e) {
    if (e instanceof CharacterCodingException) {
      return new ValidationException("", "the request body is not valid UTF-8; send JSON as UTF-8");
    }
    return new ValidationException(
        "",
        "the request body could not be read: it ended before its Content-Length, or it is not"
            + " compressed as its Content-Encoding says; send it complete, or uncompressed");
  }

  private static String expected(Class<?> type) {
    return type.getSimpleName().replace("Json", "").toLowerCase(java.util.Locale.ROOT);
  }
}
