package dev.sessionvault.it.fuzz;

import static dev.sessionvault.it.fuzz.RequestClass.BAD_IDS;
import static dev.sessionvault.it.fuzz.RequestClass.BAD_QUERY_VALUES;
import static dev.sessionvault.it.fuzz.RequestClass.INVALID_UTF8;
import static dev.sessionvault.it.fuzz.RequestClass.MALFORMED_QUERY_STRING;
import static dev.sessionvault.it.fuzz.RequestClass.NUL_BYTES;
import static dev.sessionvault.it.fuzz.RequestClass.QUERY_BOMBS;

import dev.sessionvault.it.support.Credentials;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Hostile text where the API reads text: ids in the path, query strings, string values. */
final class TextHostility {
  static final List<byte[]> INVALID_SEQUENCES =
      List.of(
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xc3, 0x28},
          new byte[] {(byte) 0xc0, (byte) 0xaf},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
          new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xe2, (byte) 0x82},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xfe, (byte) 0xff});

  static final List<String> TEXT_FIELDS =
      List.of(
          "name",
          "content",
          "agent",
          "key",
          "username",
          "displayName",
          "command",
          "role",
          "status",
          "model",
          "summary",
          "externalId",
          "password",
          "error",
          "type");

  static final List<String> BAD_IDS_TEXT =
      List.of(
          "not-a-uuid",
          "%20",
          "..",
          "%2e%2e",
          "%2F",
          "a%2Fb",
          "00000000-0000-0000-0000-000000000000",
          "RANDOM",
          "{RANDOM}",
          "RANDOM-extra",
          "-1",
          "0",
          "99999999999999999999",
          "1e5",
          "1.5",
          "%EF%BC%91%EF%BC%92",
          "null",
          "%27%3B%20drop%20table%20sessions%3B--",
          "%C3%BC",
          "%F0%9F%92%A5",
          "x".repeat(10_000),
          "%25",
          "%3F",
          "%23",
          ";a=b",
          "DEFAULT");

  static final List<String> QUERY_VALUES =
      List.of(
          "",
          "abc",
          "-1",
          "0",
          "1e9",
          "99999999999999999999",
          "2147483648",
          "true",
          "null",
          "2026-13-45",
          "2026-02-30T25:61:00Z",
          " ",
          "yesterday",
          "1,2",
          "NaN",
          "-0",
          "0x10",
          "00000000-0000-0000-0000-000000000000",
          "q".repeat(5_000),
          "ÿ",
          "💥",
          "a b",
          "*",
          "{}",
          "[]");

  static final List<String> BOMBS =
      List.of(
          "WORDS",
          "STARS",
          "PARENS",
          "QUOTES",
          "ORS",
          "MINUSES",
          "*",
          "**",
          "?",
          "*a",
          "a:",
          ":",
          "::::",
          "agent:*",
          "tag:\"",
          "name:(",
          "a:b:c:d",
          "LONG",
          "\\\\\\",
          "COMBINING",
          "TAGS",
          "FACETS",
          "PAGE",
          "PARAMS");

  static final List<String> MALFORMED_QUERIES =
      List.of(
          "q=%zz",
          "q=%",
          "q=%2",
          "%%%%",
          "&&&&",
          "=",
          "==x",
          "a=%E0%A4",
          "q=%C0%AF",
          "q=%ED%A0%80",
          "q=a+b%",
          "page=%31%",
          ";;;",
          "q=%u0041",
          "%zz=1",
          "q=%FF%FE",
          "q==%3D%",
          "&=&=&");

  private final Requests requests;

  TextHostility(Requests requests) {
    this.requests = requests;
  }

  Arbitrary<HostileRequest> invalidUtf8() {
    return Combinators.combine(
            Arbitraries.of(requests.all),
            Arbitraries.of(INVALID_SEQUENCES),
            Arbitraries.of("body", "path", "query", "encoded query", "encoded path", "header"),
            Arbitraries.of(TEXT_FIELDS))
        .as((endpoint, bytes, where, field) -> placed(INVALID_UTF8, endpoint, bytes, where, field));
  }

  Arbitrary<HostileRequest> nulBytes() {
    return Combinators.combine(
            Arbitraries.of(requests.all),
            Arbitraries.of("escaped", "body", "encoded query", "encoded path", "header"),
            Arbitraries.of(TEXT_FIELDS))
        .as(
            (endpoint, where, field) ->
                where.equals("escaped") && endpoint.takesBody()
                    ? requests
                        .withJson(
                            NUL_BYTES,
                            endpoint,
                            requests.validBody(endpoint).with(field, "\"a\\u0000b\"").json())
                        .note("\\u0000 in " + field)
                        .build()
                    : placed(NUL_BYTES, endpoint, new byte[] {0}, where, field));
  }

  /** The bytes in the body's field, the path, the query (raw or %-encoded) or a header. */
  private HostileRequest placed(
      RequestClass c, Endpoint endpoint, byte[] bytes, String where, String field) {
    String encoded = percent(bytes);
    String query = endpoint.template().equals("/api/v1/search") ? "?q=" : "?";
    String note = where + (where.equals("body") ? " " + field : "");
    return switch (where) {
      case "body" -> {
        if (!endpoint.takesBody()) {
          yield requests
              .start(c, endpoint)
              .target(concat(requests.path(endpoint) + query, bytes))
              .note("query")
              .build();
        }
        String json = requests.validBody(endpoint).with(field, "\"a\u0001b\"").json();
        int at = json.indexOf('\u0001');
        byte[] body = concat(json.substring(0, at), bytes, json.substring(at + 1));
        yield requests.withJson(c, endpoint, body).note(note).build();
      }
      case "path" ->
          requests
              .start(c, endpoint)
              .target(concat(requests.path(endpoint) + "/", bytes))
              .note(note)
              .build();
      case "query" ->
          requests
              .start(c, endpoint)
              .target(concat(requests.path(endpoint) + query, bytes))
              .note(note)
              .build();
      case "encoded query" ->
          requests
              .start(c, endpoint)
              .target(requests.path(endpoint) + query + "a" + encoded)
              .note(note)
              .build();
      case "encoded path" ->
          requests
              .start(c, endpoint)
              .target(requests.path(endpoint, (p, b) -> "x" + encoded))
              .note(note)
              .build();
      default ->
          requests
              .start(c, endpoint)
              .header("X-Request-Id", concat("id", bytes))
              .note(note)
              .build();
    };
  }

  Arbitrary<HostileRequest> badIds() {
    return Combinators.combine(
            Arbitraries.of(requests.withIds),
            Arbitraries.of(BAD_IDS_TEXT),
            Arbitraries.of(true, false))
        .as(
            (endpoint, id, every) -> {
              String value =
                  id.replace("RANDOM", UUID.randomUUID().toString())
                      .replace("DEFAULT", Credentials.DEFAULT_ACCOUNT.toString());
              boolean[] first = {true};
              String path =
                  requests.path(
                      endpoint,
                      (parameter, before) -> {
                        boolean replace = every || first[0];
                        first[0] = false;
                        return replace ? value : requests.targets.value(parameter, before);
                      });
              return requests
                  .withJsonIfAny(BAD_IDS, endpoint)
                  .target(path)
                  .note(id.length() > 40 ? id.length() + " chars" : id)
                  .build();
            });
  }

  Arbitrary<HostileRequest> badQueryValues() {
    return Arbitraries.of(requests.withQuery)
        .flatMap(
            endpoint ->
                Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.of(endpoint.queryParameters()),
                                Arbitraries.of("qq", "Size", "page[]", ""))
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3),
                        Arbitraries.of(QUERY_VALUES).list().ofSize(3))
                    .as(
                        (names, values) -> {
                          StringBuilder query = new StringBuilder("?");
                          for (int i = 0; i < names.size(); i++) {
                            query
                                .append(i > 0 ? "&" : "")
                                .append(names.get(i))
                                .append('=')
                                .append(Requests.encode(values.get(i)));
                          }
                          return requests
                              .start(BAD_QUERY_VALUES, endpoint)
                              .target(requests.path(endpoint) + query)
                              .build();
                        }));
  }

  Arbitrary<HostileRequest> queryBombs() {
    Arbitrary<Endpoint> endpoints =
        Arbitraries.oneOf(
            Arbitraries.of(
                requests.withQuery.stream().filter(e -> e.template().endsWith("/search")).toList()),
            Arbitraries.of(requests.withQuery));
    return Combinators.combine(
            endpoints, Arbitraries.of(BOMBS), Arbitraries.integers().between(10, 3_000))
        .as(
            (endpoint, bomb, n) -> {
              String query = bomb(bomb, n, endpoint);
              return requests
                  .start(QUERY_BOMBS, endpoint)
                  .target(requests.path(endpoint) + "?" + query)
                  .note(bomb + " × " + n)
                  .build();
            });
  }

  private static String bomb(String bomb, int n, Endpoint endpoint) {
    String q =
        switch (bomb) {
          case "WORDS" -> "a ".repeat(n);
          case "STARS" -> "a* ".repeat(n);
          case "PARENS" -> "(".repeat(n) + "a" + ")".repeat(n);
          case "QUOTES" -> "\"".repeat(n);
          case "ORS" -> "a OR ".repeat(n) + "b";
          case "MINUSES" -> "-a ".repeat(n);
          case "LONG" -> "x".repeat(n * 3);
          case "COMBINING" -> "e\u0301".repeat(n);
          default -> null;
        };
    if (q != null || !List.of("TAGS", "FACETS", "PAGE", "PARAMS").contains(bomb)) {
      String name =
          endpoint.queryParameters().contains("q") ? "q" : endpoint.queryParameters().get(0);
      return name + "=" + Requests.encode(q == null ? bomb : q);
    }
    return switch (bomb) {
      case "TAGS" -> "tag=t&".repeat(n) + "tag=t";
      case "FACETS" -> "facets=agent&".repeat(n) + "facets=project";
      case "PAGE" -> "page=" + (n % 2 == 0 ? Integer.MAX_VALUE : 99_999_999) + "&size=200";
      default -> (endpoint.queryParameters().get(0) + "=1&").repeat(n);
    };
  }

  Arbitrary<HostileRequest> malformedQueryString() {
    return Combinators.combine(Arbitraries.of(requests.all), Arbitraries.of(MALFORMED_QUERIES))
        .as(
            (endpoint, query) ->
                requests
                    .start(MALFORMED_QUERY_STRING, endpoint)
                    .target(requests.path(endpoint) + "?" + query)
                    .build());
  }

  static String percent(byte[] bytes) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : bytes) {
      encoded.append(String.format("%%%02X", b & 0xff));
    }
    return encoded.toString();
  }

  static byte[] concat(Object... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (Object part : parts) {
      all.writeBytes(
          part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return all.toByteArray();
  }
}
