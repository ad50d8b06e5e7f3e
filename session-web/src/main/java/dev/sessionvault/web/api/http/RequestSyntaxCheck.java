package dev.sessionvault.web.api.http;

import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before any resource is matched, a request the JAX-RS runtime cannot even read: a path or
 * query string with raw non-ASCII bytes, a {@code %} not followed by two hex digits, or escapes
 * that decode to something other than UTF-8 (RESTEasy fails on those with an unchecked error, or
 * decodes them to replacement characters) or to a NUL character, and a body in a Content-Encoding
 * the server does not decode.
 */
@Provider
@PreMatching
public class RequestSyntaxCheck implements ContainerRequestFilter {
  /** Liberty decodes these itself before the body reaches the application. */
  private static final Set<String> DECODED_ENCODINGS =
      Set.of("identity", "gzip", "x-gzip", "deflate");

  /**
   * Printable characters RFC 3986 never allows unencoded (RESTEasy reads {@code {}} as a template).
   */
  private static final String NOT_IN_URIS = " \"<>\\^`{|}";

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    check("path", servletRequest.getRequestURI());
    String query = servletRequest.getQueryString();
    if (query != null) {
      check("query", query);
    }
    for (String accepted : headerValues(request, HttpHeaders.ACCEPT)) {
      for (String range : accepted.split(",")) {
        mediaType("Accept", range, true);
      }
    }
    for (String type : headerValues(request, HttpHeaders.CONTENT_TYPE)) {
      mediaType("Content-Type", type, false);
    }
    String encoding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
    if (encoding != null
        && !DECODED_ENCODINGS.contains(encoding.strip().toLowerCase(Locale.ROOT))) {
      request.abortWith(
          Problems.response(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "the Content-Encoding '"
                  + encoding.strip()
                  + "' is not supported; send the body uncompressed, or as gzip or deflate"));
    }
  }

  private static java.util.List<String> headerValues(ContainerRequestContext request, String name) {
    java.util.List<String> values = request.getHeaders().get(name);
    return values == null ? java.util.List.of() : values;
  }

  /**
   * A media type, or in Accept a media range with an optional weight: RESTEasy fails with an
   * unchecked error on one it cannot parse while it picks the resource method.
   */
  private static void mediaType(String header, String text, boolean range) {
    if (range && text.isBlank()) {
      return;
    }
    try {
      MediaType type = MediaType.valueOf(text.strip());
      String q = type.getParameters().get("q");
      if (range && q != null) {
        float weight = Float.parseFloat(q);
        if (!(weight >= 0 && weight <= 1)) {
          throw new IllegalArgumentException(q);
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          header,
          "'"
              + text.strip()
              + "' is not a media type"
              + (range ? " range with a weight q between 0 and 1" : "")
              + "; send e.g. application/json");
    }
  }

  private static void check(String part, String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw invalid(
            part, "has a character that is not printable ASCII; percent-encode it as UTF-8");
      }
      if (NOT_IN_URIS.indexOf(c) >= 0) {
        throw invalid(part, "has a '" + c + "', which a URI must percent-encode");
      }
      if (c == '%') {
        if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
          throw invalid(part, "has a '%' that is not followed by two hex digits; write '%' as %25");
        }
        bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    if (bytes.toString(StandardCharsets.ISO_8859_1).indexOf('\0') >= 0) {
      throw invalid(part, "has an encoded NUL (%00); text cannot contain NUL characters");
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw invalid(part, "has percent-escapes that are not UTF-8; encode text as UTF-8");
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static ValidationException invalid(String part, String what) {
    return new ValidationException(part, "the request's " + part + " " + what);
  }
}
