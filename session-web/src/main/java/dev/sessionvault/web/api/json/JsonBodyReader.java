package dev.sessionvault.web.api.json;

import dev.sessionvault.domain.shared.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
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
      PushbackInputStream body = new PushbackInputStream(entityStream);
      int first = body.read();
      if (first < 0) {
        throw new ValidationException("", "a JSON request body is required");
      }
      body.unread(first);
      json = parse(body);
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

  /**
   * A body that may be left out, whatever its Content-Type (a request without one has none): null
   * when empty, else read as {@link #readFrom} reads it.
   */
  public <T> T readOptional(InputStream entityStream, Class<T> type) {
    try {
      PushbackInputStream body = new PushbackInputStream(entityStream);
      int first = body.read();
      if (first < 0) {
        return null;
      }
      body.unread(first);
      return JsonBinder.bind(parse(body), type);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private JsonValue parse(InputStream body) throws IOException {
    try (JsonParser parser = JsonText.parser(JsonText.utf8(body, maxRequestBytes))) {
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
    } catch (RuntimeException e) {
      ValidationException malformed = JsonText.malformed(e, "");
      if (malformed == null) {
        throw e;
      }
      throw malformed;
    }
  }

  private static ValidationException unreadable(Throwable e) {
    return JsonText.unreadable(e, "");
  }

  private static String expected(Class<?> type) {
    return type.getSimpleName().replace("Json", "").toLowerCase(java.util.Locale.ROOT);
  }
}
