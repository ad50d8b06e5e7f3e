package dev.sessionvault.it.fuzz;

import static dev.sessionvault.it.fuzz.RequestClass.BAD_CREDENTIALS;
import static dev.sessionvault.it.fuzz.RequestClass.BAD_HEADERS;
import static dev.sessionvault.it.fuzz.RequestClass.BROKEN_FRAMING;
import static dev.sessionvault.it.fuzz.RequestClass.CONTENT_ENCODING;
import static dev.sessionvault.it.fuzz.RequestClass.OVERSIZED_HEADERS;
import static dev.sessionvault.it.fuzz.RequestClass.WRONG_MEDIA_TYPES;
import static dev.sessionvault.it.fuzz.RequestClass.WRONG_METHODS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Hostile HTTP around a valid request: headers, methods, media types, encodings, framing. */
final class HeaderHostility {
  static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=ebcdic",
          "application/json; charset=utf-16",
          "application/json; charset=x-unknown",
          "////",
          "",
          "application/json;;;",
          "*/*",
          "application/json; charset=\"",
          "application/merge-patch+json",
          "application/json; charset=iso-8859-1",
          "APPLICATION/JSON",
          "application/problem+json",
          "application/json, text/plain");

  static final List<String> ACCEPTS =
      List.of(
          "text/html",
          "application/xml",
          "image/png",
          "*/*;q=abc",
          "application/json;q=0",
          "@@@@",
          "",
          "application/problem+json",
          "text/*",
          "application/json;q=2",
          "*/json");

  static final List<String> ENCODINGS =
      List.of(
          "gzip",
          "gzip garbage",
          "deflate",
          "br",
          "compress",
          "identity",
          "gzip, gzip",
          "x-fuzz",
          "*",
          "",
          "GZIP",
          "deflate garbage");

  static final List<String> CONDITIONS =
      List.of(
          "*",
          "garbage",
          "\"1\"",
          "W/\"1\"",
          "\"-1\"",
          "\"99999999999999999999\"",
          "\"",
          "\"\"",
          "W/",
          "\"1\", \"2\"",
          "\"" + "9".repeat(5_000) + "\"",
          ",,,,",
          "W/\"abc\"");

  static final List<String> ACCOUNTS =
      List.of(
          "garbage",
          "00000000-0000-0000-0000-000000000000",
          "a".repeat(5_000),
          "",
          "default",
          "DEFAULT",
          "%00",
          "'; select 1; --",
          "ü",
          "not a\tname");

  static final List<String> AUTHORIZATIONS =
      List.of(
          "Bearer ",
          "Bearer svk_garbage",
          "Bearer svk_" + "A".repeat(43),
          "Bearer " + "k".repeat(100_000),
          "Basic !!!",
          "Basic " + base64("nocolon"),
          "Basic",
          "Basic =",
          "Digest x",
          "NTLM TlRMTVNTUAAB",
          "Bearer a b c",
          "Bearer\tsvk_x",
          "Basic " + "=".repeat(10),
          "Negotiate",
          ":",
          "Bearer svk_ü",
          "Basic " + base64("ü").substring(0, 2));

  static final List<String> METHODS =
      List.of(
          "GET",
          "POST",
          "PUT",
          "PATCH",
          "DELETE",
          "HEAD",
          "OPTIONS",
          "TRACE",
          "PROPFIND",
          "FOO",
          "get",
          "M".repeat(10_000),
          "MKCOL",
          "LOCK",
          "SEARCH",
          "QUERY");

  static final List<String> FRAMINGS =
      List.of(
          "HTTP/1.2",
          "HTTP/2.0",
          "HTTP/9.9",
          "HTTP/0.9",
          "HTTX/1.1",
          "no version",
          "both lengths",
          "bad chunk size",
          "negative chunk",
          "huge chunk",
          "missing last chunk",
          "negative length",
          "length abc",
          "two lengths",
          "no colon",
          "folded header",
          "bare LF",
          "absolute target",
          "space in target",
          "asterisk target",
          "empty header name",
          "chunked gzip");

  private final Requests requests;

  HeaderHostility(Requests requests) {
    this.requests = requests;
  }

  Arbitrary<HostileRequest> oversizedHeaders() {
    return Combinators.combine(
            Arbitraries.of(requests.all),
            Arbitraries.of("one header", "many headers", "long path", "long query", "cookie"),
            Arbitraries.of(8_200, 16_500, 33_000, 65_000, 262_144, 1_048_576, 600, 5_000))
        .as(
            (endpoint, how, size) -> {
              HostileRequest.Builder request =
                  requests.withJsonIfAny(OVERSIZED_HEADERS, endpoint).note(how + " " + size);
              return switch (how) {
                case "one header" -> request.header("X-Fuzz", "h".repeat(size)).build();
                case "many headers" -> {
                  for (int i = 0; i < Math.min(size, 20_000) / 10; i++) {
                    request.header("X-Fuzz-" + i, "v");
                  }
                  yield request.build();
                }
                case "long path" ->
                    request.target(requests.path(endpoint) + "/" + "p".repeat(size)).build();
                case "long query" ->
                    request.target(requests.path(endpoint) + "?q=" + "q".repeat(size)).build();
                default -> request.header("Cookie", "c=" + "c".repeat(size)).build();
              };
            });
  }

  Arbitrary<HostileRequest> wrongMediaTypes() {
    return Combinators.combine(
            Arbitraries.of(requests.all),
            Arbitraries.of(CONTENT_TYPES),
            Arbitraries.of(ACCEPTS),
            Arbitraries.of(true, false))
        .as(
            (endpoint, type, accept, breakType) -> {
              HostileRequest.Builder request =
                  requests
                      .start(WRONG_MEDIA_TYPES, endpoint)
                      .note(breakType ? "Content-Type " + type : "Accept " + accept);
              String body = endpoint.takesBody() ? requests.validBody(endpoint).json() : "{}";
              if (breakType) {
                if (!type.isEmpty()) {
                  request.header("Content-Type", type);
                }
                return request.body(body).build();
              }
              request.header("Accept", accept);
              return endpoint.takesBody()
                  ? request.header("Content-Type", Requests.mediaType(endpoint)).body(body).build()
                  : request.build();
            });
  }

  Arbitrary<HostileRequest> contentEncoding() {
    return Combinators.combine(requests.bodyEndpoints(), Arbitraries.of(ENCODINGS))
        .as(
            (endpoint, encoding) -> {
              byte[] json = requests.validBody(endpoint).json().getBytes(StandardCharsets.UTF_8);
              byte[] body =
                  switch (encoding) {
                    case "gzip", "GZIP", "gzip, gzip" -> gzip(json);
                    case "deflate" -> deflate(json);
                    case "gzip garbage", "deflate garbage" -> new byte[] {31, -117, 8, 0, 1, 2, 3};
                    default -> json;
                  };
              return requests
                  .withJson(CONTENT_ENCODING, endpoint, body)
                  .header("Content-Encoding", encoding.replace(" garbage", ""))
                  .note(encoding)
                  .build();
            });
  }

  Arbitrary<HostileRequest> badHeaders() {
    return Combinators.combine(
            Arbitraries.of(requests.all),
            Arbitraries.of(
                "If-Match",
                "If-None-Match",
                "Session-Vault-Account",
                "X-Request-Id",
                "Expect",
                "Range",
                "Forwarded"),
            Arbitraries.oneOf(Arbitraries.of(CONDITIONS), Arbitraries.of(ACCOUNTS)),
            Arbitraries.of(false, true))
        .as(
            (endpoint, name, value, raw) -> {
              HostileRequest.Builder request =
                  requests.withJsonIfAny(BAD_HEADERS, endpoint).note(name + ": " + value);
              if (name.equals("Session-Vault-Account")) {
                // a person names the account to act in; with a key the header is ignored
                request =
                    HostileRequest.to(BAD_HEADERS, endpoint)
                        .target(requests.path(endpoint))
                        .header("Authorization", requests.targets.personAuthorization(endpoint))
                        .note(name + ": " + value);
              }
              byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
              if (raw && value.equals("%00")) {
                bytes = new byte[] {'a', 0, 'b'};
              }
              return request.header(name, bytes).build();
            });
  }

  Arbitrary<HostileRequest> badCredentials() {
    return Combinators.combine(
            Arbitraries.of(requests.all), Arbitraries.of(AUTHORIZATIONS), Arbitraries.of(1, 2))
        .as(
            (endpoint, authorization, times) -> {
              HostileRequest.Builder request =
                  HostileRequest.to(BAD_CREDENTIALS, endpoint).target(requests.path(endpoint));
              for (int i = 0; i < times; i++) {
                request.header("Authorization", authorization);
              }
              return request
                  .note(
                      (authorization.length() > 40
                              ? authorization.substring(0, 40) + "…"
                              : authorization)
                          + " ×"
                          + times)
                  .build();
            });
  }

  Arbitrary<HostileRequest> wrongMethods() {
    return Combinators.combine(Arbitraries.of(requests.all), Arbitraries.of(METHODS))
        .as(
            (endpoint, method) ->
                requests
                    .withJsonIfAny(WRONG_METHODS, endpoint)
                    .method(method)
                    .note(method.length() > 20 ? method.length() + " chars" : method)
                    .build());
  }

  Arbitrary<HostileRequest> brokenFraming() {
    return Combinators.combine(Arbitraries.of(requests.all), Arbitraries.of(FRAMINGS))
        .as(this::framing);
  }

  private HostileRequest framing(Endpoint endpoint, String how) {
    String json = endpoint.takesBody() ? requests.validBody(endpoint).json() : "{}";
    HostileRequest.Builder request =
        requests
            .start(BROKEN_FRAMING, endpoint)
            .note(how)
            .header("Content-Type", Requests.mediaType(endpoint));
    return switch (how) {
      case "no version" -> request.version("").build();
      case "both lengths" ->
          request
              .header("Transfer-Encoding", "chunked")
              .body(chunked(json, Integer.toHexString(json.length()), true))
              .build();
      case "bad chunk size" -> chunkedRequest(request, json, "zz", true);
      case "negative chunk" -> chunkedRequest(request, json, "-5", true);
      case "huge chunk" -> chunkedRequest(request, json, "ffffffffffffffff", false);
      case "missing last chunk" ->
          chunkedRequest(request, json, Integer.toHexString(json.length()), false);
      case "chunked gzip" ->
          request
              .header("Transfer-Encoding", "gzip, chunked")
              .contentLength(null)
              .body(chunked(json, Integer.toHexString(json.length()), true))
              .build();
      case "negative length" -> request.body(json).contentLength("-5").halfClose().build();
      case "length abc" -> request.body(json).contentLength("abc").build();
      case "two lengths" -> request.header("Content-Length", "1").body(json).build();
      case "no colon" ->
          request.rawHeader("X-Fuzz no colon".getBytes(StandardCharsets.US_ASCII)).build();
      case "folded header" ->
          request.rawHeader("X-Fuzz: a\r\n folded".getBytes(StandardCharsets.US_ASCII)).build();
      case "empty header name" ->
          request.rawHeader(": empty".getBytes(StandardCharsets.US_ASCII)).build();
      case "bare LF" -> bareLf(request.build());
      case "absolute target" ->
          request.target("http://evil.example" + requests.path(endpoint)).build();
      case "space in target" -> request.target(requests.path(endpoint) + " x").build();
      case "asterisk target" -> request.target("*").build();
      default -> request.version(how).build();
    };
  }

  private static HostileRequest chunkedRequest(
      HostileRequest.Builder request, String json, String size, boolean last) {
    return request
        .header("Transfer-Encoding", "chunked")
        .contentLength(null)
        .body(chunked(json, size, last))
        .halfClose()
        .build();
  }

  private static byte[] chunked(String json, String size, boolean last) {
    return (size + "\r\n" + json + "\r\n" + (last ? "0\r\n\r\n" : ""))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static HostileRequest bareLf(HostileRequest request) {
    String wire = new String(request.wire(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    return new HostileRequest(
        request.requestClass(),
        request.endpoint(),
        request.summary(),
        wire.getBytes(StandardCharsets.ISO_8859_1),
        false);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
      deflate.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
