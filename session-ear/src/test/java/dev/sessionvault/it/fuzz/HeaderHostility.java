package dev.sessionvault.it.fuzz;

import static dev.sessionvault.it.fuzz.RequestClass.BAD_CREDENTIALS;
import static dev.sessionvault.it.fuzz.RequestClass.BAD_HEADERS;
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

/** Hostile HTTP around a valid request: headers, credentials, methods, media types, encodings. */
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
