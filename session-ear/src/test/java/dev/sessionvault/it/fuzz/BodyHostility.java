package dev.sessionvault.it.fuzz;

import static dev.sessionvault.it.fuzz.RequestClass.DEEP_NESTING;
import static dev.sessionvault.it.fuzz.RequestClass.HUGE_NUMBERS;
import static dev.sessionvault.it.fuzz.RequestClass.MALFORMED_JSON;
import static dev.sessionvault.it.fuzz.RequestClass.OVERSIZED_BODY;
import static dev.sessionvault.it.fuzz.RequestClass.TRUNCATED_BODY;
import static dev.sessionvault.it.fuzz.RequestClass.WRONG_TYPES;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Valid bodies broken in one way: types, numbers, nesting, syntax, length, size. */
final class BodyHostility {
  static final List<String> WRONG_VALUES =
      List.of(
          "\"x\"",
          "5",
          "-1",
          "0",
          "true",
          "null",
          "[]",
          "{}",
          "[1,2]",
          "{\"a\":1}",
          "1.5",
          "\"\"",
          "\"   \"",
          "\"not-a-uuid\"",
          "\"2026-13-45T99:99:99Z\"",
          "[\"Upper Case\"]",
          "[null]",
          "\"" + "y".repeat(70_000) + "\"",
          "[" + "\"t\",".repeat(2_000) + "\"t\"]",
          "\"\\ud800\"",
          "{\"\":{\"\":[]}}",
          "\"\\u202e\\u0000\"");

  static final List<String> HUGE_NUMBERS_TEXT =
      List.of(
          "1e999999999",
          "-1e-999999999",
          "1E+2147483648",
          "9".repeat(5_000),
          "123456789012345678901234567890",
          "0." + "0".repeat(10_000) + "1",
          "-0",
          "1e308",
          "2e308",
          "4.9e-325",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1e-7",
          "0.123456789012345678",
          "-1e400",
          "1" + "0".repeat(400) + ".5e-3");

  static final List<String> HUGE_FIELDS =
      List.of(
          "costUsd",
          "exitCode",
          "schemaVersion",
          "tokens.input",
          "config.maxMessages",
          "config.idleTimeoutMinutes",
          "name",
          "status",
          "role",
          "content",
          "expiresAt");

  private final Requests requests;
  private final int maxRequestBytes;

  BodyHostility(Requests requests, int maxRequestBytes) {
    this.requests = requests;
    this.maxRequestBytes = maxRequestBytes;
  }

  Arbitrary<HostileRequest> wrongTypes() {
    Arbitrary<String> field =
        Arbitraries.oneOf(
            Arbitraries.of(JsonBodies.VOCABULARY), Arbitraries.strings().ofMaxLength(8));
    return Combinators.combine(requests.bodyEndpoints(), field, Arbitraries.of(WRONG_VALUES))
        .as(
            (endpoint, name, value) ->
                requests
                    .withJson(
                        WRONG_TYPES,
                        endpoint,
                        requests.validBody(endpoint).with(name, value).json())
                    .note(name)
                    .build());
  }

  Arbitrary<HostileRequest> hugeNumbers() {
    return Combinators.combine(
            requests.bodyEndpoints(),
            Arbitraries.of(HUGE_FIELDS),
            Arbitraries.of(HUGE_NUMBERS_TEXT),
            Arbitraries.of(false, true))
        .as(
            (endpoint, name, number, wholeBody) ->
                requests
                    .withJson(
                        HUGE_NUMBERS,
                        endpoint,
                        wholeBody ? number : requests.validBody(endpoint).with(name, number).json())
                    .note(name)
                    .build());
  }

  Arbitrary<HostileRequest> deepNesting() {
    Arbitrary<Integer> depth =
        Arbitraries.oneOf(
            Arbitraries.of(999, 1000, 1001, 1024, 5_000, 100_000, 1_000_000),
            Arbitraries.integers().between(2, 3_000));
    return Combinators.combine(
            requests.bodyEndpoints(),
            depth,
            Arbitraries.of("[", "{\"a\":"),
            Arbitraries.of(true, false),
            Arbitraries.of("metadata", "config", "tags", "blocks", ""))
        .as(
            (endpoint, levels, open, closed, field) -> {
              String close = open.equals("[") ? "]" : "}";
              String nested = open.repeat(levels) + "1" + (closed ? close.repeat(levels) : "");
              String body =
                  field.isEmpty()
                      ? nested
                      : requests.validBody(endpoint).with(field, nested).json();
              return requests
                  .withJson(DEEP_NESTING, endpoint, body)
                  .note(
                      levels + " levels of " + open + (closed ? "" : ", unclosed") + " in " + field)
                  .build();
            });
  }

  Arbitrary<HostileRequest> malformedJson() {
    Arbitrary<String> breakage =
        Arbitraries.of(
            "trailing comma",
            "single quotes",
            "unquoted key",
            "comment",
            "NaN",
            "Infinity",
            "BOM",
            "bad escape",
            "lone surrogate",
            "raw control",
            "empty",
            "null",
            "string",
            "number",
            "two documents",
            "garbage after",
            "unclosed string",
            "colon missing");
    return Combinators.combine(
            requests.bodyEndpoints(), breakage, Arbitraries.integers().between(0, 1_000))
        .as(
            (endpoint, how, at) -> {
              String valid = requests.validBody(endpoint).json();
              return requests
                  .withJson(MALFORMED_JSON, endpoint, broken(valid, how, at))
                  .note(how)
                  .build();
            });
  }

  private static String broken(String valid, String how, int at) {
    String inner = valid.substring(0, valid.lastIndexOf('}'));
    return switch (how) {
      case "trailing comma" -> inner + ",}" + (valid.endsWith("]") ? "]" : "");
      case "single quotes" -> valid.replace('"', '\'');
      case "unquoted key" -> valid.replaceFirst("\"([a-zA-Z]+)\":", "$1:");
      case "comment" -> valid.replaceFirst("\\{", "{/* hi */");
      case "NaN" -> valid.replaceFirst(":[^,}]+", ":NaN");
      case "Infinity" -> valid.replaceFirst(":[^,}]+", ":-Infinity");
      case "BOM" -> "\uFEFF" + valid;
      case "bad escape" -> valid.replaceFirst(":\"", ":\"\\\\uZZ\\\\q");
      case "lone surrogate" -> valid.replaceFirst(":\"", ":\"\\\\udc00\\\\ud800");
      case "raw control" -> valid.replaceFirst(":\"", ":\"\u0001\u001b\b");
      case "empty" -> "";
      case "null" -> "null";
      case "string" -> "\"" + valid.replace("\"", "\\\"") + "\"";
      case "number" -> "42";
      case "two documents" -> valid + valid;
      case "garbage after" -> valid + " })]";
      case "unclosed string" -> valid.replaceFirst("\"$", "").replaceFirst("}]?$", "");
      default ->
          valid.substring(0, Math.min(at, valid.length())).replace(":", " ")
              + valid.substring(Math.min(at, valid.length()));
    };
  }

  /** Cut short: an incomplete document, or fewer bytes than the Content-Length promised. */
  Arbitrary<HostileRequest> truncatedBody() {
    return Combinators.combine(
            requests.bodyEndpoints(),
            Arbitraries.doubles().between(0, 0.99),
            Arbitraries.of(true, false))
        .as(
            (endpoint, fraction, promiseMore) -> {
              byte[] valid = requests.validBody(endpoint).json().getBytes(StandardCharsets.UTF_8);
              int cut = (int) (valid.length * fraction);
              byte[] part = java.util.Arrays.copyOf(valid, cut);
              HostileRequest.Builder request = requests.withJson(TRUNCATED_BODY, endpoint, part);
              if (promiseMore) {
                request.contentLength(Integer.toString(valid.length)).halfClose();
              }
              return request
                  .note(
                      "cut at "
                          + cut
                          + " of "
                          + valid.length
                          + (promiseMore ? ", length promised" : ""))
                  .build();
            });
  }

  /** Past the limit, for real or by the declared length alone. */
  Arbitrary<HostileRequest> oversizedBody() {
    Arbitrary<String> declared =
        Arbitraries.of(
            "real",
            "1099511627776",
            "99999999999999999999",
            "9223372036854775807",
            "" + (maxRequestBytes + 1L),
            "content of 1 MiB + 1");
    return Combinators.combine(requests.bodyEndpoints(), declared)
        .as(
            (endpoint, how) -> {
              JsonBodies.Body valid = requests.validBody(endpoint);
              if (how.equals("real")) {
                String filler = "\"" + "z".repeat(maxRequestBytes) + "\"";
                return requests
                    .withJson(OVERSIZED_BODY, endpoint, valid.with("content", filler).json())
                    .note(how)
                    .build();
              }
              if (how.startsWith("content")) {
                String content = "\"" + "w".repeat(1_048_577) + "\"";
                return requests
                    .withJson(
                        OVERSIZED_BODY,
                        endpoint,
                        valid.with("content", content).with("command", content).json())
                    .note(how)
                    .build();
              }
              return requests
                  .withJson(OVERSIZED_BODY, endpoint, valid.json())
                  .contentLength(how)
                  .halfClose()
                  .note("declared " + how)
                  .build();
            });
  }
}
