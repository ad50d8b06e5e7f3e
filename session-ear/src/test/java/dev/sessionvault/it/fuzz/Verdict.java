package dev.sessionvault.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

/**
 * What an answer to a hostile request must be: never a server error, and every refusal a problem
 * document that says what to fix. Two refusals come from Liberty itself, before the application
 * sees the request, and are allowed as Liberty gives them: broken HTTP framing (400, 505 for an
 * unknown HTTP version, or a closed connection) and a request that promises more body than it sends
 * (the connection closes).
 */
final class Verdict {
  private static final Set<RequestClass> LIBERTY_REFUSES = Set.of(RequestClass.BROKEN_FRAMING);

  private Verdict() {}

  /** Why the answer breaks the rules, or empty when it keeps them. */
  static Optional<String> violation(HostileRequest request, RawHttp.Answer answer) {
    int status = answer.status();
    boolean framing = LIBERTY_REFUSES.contains(request.requestClass());
    if (status == RawHttp.NO_ANSWER) {
      return framing || request.halfClose() ? Optional.empty() : Optional.of("no answer");
    }
    if (status >= 500) {
      return framing && status == 505 ? Optional.empty() : Optional.of("server error " + status);
    }
    if (status < 400) {
      return Optional.empty();
    }
    String type = answer.header("Content-Type");
    if (type == null || !type.split(";")[0].strip().equals("application/problem+json")) {
      return framing ? Optional.empty() : Optional.of(status + " is not a problem document");
    }
    return problem(status, answer.text());
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
