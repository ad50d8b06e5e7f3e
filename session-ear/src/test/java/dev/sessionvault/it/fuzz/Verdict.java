package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an answer to a hostile request must be: never a server error, and every refusal a problem
 * document that says what to fix. Liberty refuses three kinds of request itself, before any of the
 * application's code runs, in its own words (allowed as Liberty gives them): broken HTTP framing (a
 * 4xx, 505 for an unknown HTTP version, or a closed connection), a request line or headers past its
 * limits (32 KiB a header or line, 500 headers: 400 with no body), and a path its web container
 * calls improperly encoded ({@code %00}, a segment starting with {@code ;}: 400 CWWWC0005I). A
 * request that promises more body than it sends may get no answer: it never ends. Search answers
 * 503 by design while the index is rebuilt, and new content 507 once a (fuzzed) retention policy
 * set the account's quota below what it stores.
 */
final class Verdict {
  private static final int HEADER_LIMIT_BYTES = 32_768;
  private static final int HEADER_LIMIT_LINES = 500;

  /** Message ids of RESTEasy (RESTEASY003545) and Liberty (SRVE0295E, CWWWC0005I). */
  private static final Pattern INTERNAL_MESSAGE =
      Pattern.compile("\\b(RESTEASY|SRVE|CWW[A-Z]+)\\d{4}");

  private Verdict() {}

  /** Why the answer breaks the rules, or empty when it keeps them. */
  static Optional<String> violation(HostileRequest request, RawHttp.Answer answer) {
    int status = answer.status();
    boolean framing = request.requestClass() == RequestClass.BROKEN_FRAMING;
    if (status == RawHttp.NO_ANSWER) {
      return framing || request.halfClose() ? Optional.empty() : Optional.of("no answer");
    }
    if (status >= 500) {
      boolean rebuilding = status == 503 && answer.text().contains("/problems/index-rebuilding");
      boolean atQuota = status == 507 && answer.text().contains("/problems/storage-quota-exceeded");
      return framing && status == 505 || rebuilding || atQuota
          ? Optional.empty()
          : Optional.of("server error " + status);
    }
    if (status < 400 || request.method().equals("HEAD")) {
      return Optional.empty();
    }
    String type = answer.header("Content-Type");
    if (type != null && type.split(";")[0].strip().equals("application/problem+json")) {
      return problem(status, answer.text());
    }
    return framing || refusedByLiberty(request, answer)
        ? Optional.empty()
        : Optional.of(status + " is not a problem document");
  }

  private static boolean refusedByLiberty(HostileRequest request, RawHttp.Answer answer) {
    HostileRequest.Head head = request.head();
    boolean overLimits = head.bytes() > HEADER_LIMIT_BYTES || head.lines() > HEADER_LIMIT_LINES;
    return answer.status() == 400
        && (overLimits && answer.body().length == 0 || answer.text().contains("CWWWC0005I"));
  }

  private static Optional<String> problem(int status, String body) {
    if (body.contains("Exception") || body.contains("\tat ")) {
      return Optional.of("the problem leaks Java internals");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject problem = reader.readObject();
      if (problem.getInt("status", 0) != status) {
        return Optional.of("the problem's status differs from the answer's");
      }
      String detail = problem.getString("detail", "");
      if (INTERNAL_MESSAGE.matcher(detail).find()) {
        return Optional.of("the problem's detail is a runtime's internal message: " + detail);
      }
      if (detail.isBlank()
          || !problem.getString("type", "").startsWith("https://sessionvault.dev/problems/")) {
        return Optional.of("the problem has no type or no detail");
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("the problem document is not JSON");
    }
  }
}
