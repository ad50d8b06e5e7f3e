package dev.sessionvault.it;

import static dev.sessionvault.it.SessionLifecycleIT.problemType;
import static dev.sessionvault.it.support.Fixtures.appendMessage;
import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.RawHttp;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of client error answers a 4xx application/problem+json that says what to fix, never a
 * 5xx or a stack trace, and a failed request changes nothing.
 */
class ErrorResponsesIT extends EndToEndTest {

  @Test
  void malformedJsonNamesWhereItBroke() {
    JsonObject problem = Api.post("/sessions", "{\"agent\": \"codex\",\n \"name\": }").problem(400);
    assertEquals("validation", problemType(problem));
    assertTrue(problem.getString("detail").contains("line 2"), problem.getString("detail"));
    Api.post("/sessions", "").problem(400);
    Api.post("/sessions", "{\"agent\":\"codex\"} trailing").problem(400);
    assertTrue(
        Api.post("/sessions", "{\"agent\":\"codex\",\"agent\":\"aider\"}")
            .problem(400)
            .getString("detail")
            .contains("Duplicate key"));
  }

  @Test
  void unknownFieldsAreRejectedWithTheAllowedOnes() {
    JsonObject problem =
        Api.post(
                "/sessions",
                "{\"agent\":\"codex\",\"titel\":\"typo\",\"config\":{\"maxMesages\":3}}")
            .problem(400);
    Map<String, String> errors = errors(problem);
    assertTrue(errors.get("titel").contains("unknown field"));
    assertTrue(errors.get("titel").contains("name"), "lists the allowed fields");
    assertTrue(errors.get("config.maxMesages").contains("maxMessages"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"agent\":\"codex\",\"name\":5}                       | name              | must be a string",
        "{\"agent\":\"codex\",\"schemaVersion\":\"2\"}          | schemaVersion     | must be an integer",
        "{\"agent\":\"codex\",\"schemaVersion\":1.5}            | schemaVersion     | must be an integer",
        "{\"agent\":\"codex\",\"config\":[]}                    | config            | must be an object",
        "{\"agent\":\"codex\",\"config\":{\"persistenceEnabled\":\"yes\"}} | config.persistenceEnabled | must be true or false",
        "{\"agent\":\"codex\",\"tags\":\"a\"}                   | tags              | must be an array",
        "{\"agent\":\"codex\",\"tags\":[1]}                     | tags[0]           | must be a string",
        "{\"agent\":\"codex\",\"projectId\":\"12\"}             | projectId         | must be a UUID",
        "{\"agent\":\"codex\",\"metadata\":\"x\"}               | metadata          | must be an object",
        "{\"agent\":\"codex\",\"environment\":\"mars\"}         | environment       | local, vscode, jetbrains, ci, web, other",
        "{\"agent\":\"codex\",\"status\":\"running\"}           | status            | initializing, active, idle, completed, failed",
        "{\"agent\":\"gpt\"}                                    | agent             | claude_code, codex, aider, cline, custom",
        "{\"name\":\"no agent\"}                                | agent             | must not be blank",
        "{\"agent\":\"codex\",\"tags\":[\"Security\"]}          | tags[0]           | lowercase",
        "{\"agent\":\"codex\",\"type\":\"Bug Fix\"}             | type              | lowercase identifier",
        "{\"agent\":\"codex\",\"config\":{\"maxMessages\":0}}   | config.maxMessages | greater than or equal to 1",
        "{\"agent\":\"codex\",\"status\":\"completed\"}         | status            | 'initializing' (the default) or 'active'"
      })
  void wrongTypesAndValuesNameTheFieldAndWhatIsAllowed(String body, String field, String message) {
    String tag = Fixtures.uniqueTag();
    JsonObject sent = Json.createReader(new java.io.StringReader(body)).readObject();
    JsonObject tagged = Json.createObjectBuilder(sent).build();
    if (!sent.containsKey("tags")) {
      tagged =
          Json.createObjectBuilder(sent).add("tags", Json.createArrayBuilder().add(tag)).build();
    }
    Map<String, String> errors = errors(Api.post("/sessions", tagged.toString()).problem(400));
    assertTrue(errors.containsKey(field), () -> "errors " + errors + " name " + field);
    assertTrue(errors.get(field).contains(message), () -> errors.get(field) + " says " + message);
    assertEquals(0, Api.get("/sessions?tag=" + tag).json().getInt("total"), "nothing was created");
  }

  @Test
  void messageErrorsNameTheFieldToo() {
    String id = createSession().getString("id");
    Map<String, String> errors =
        errors(
            Api.post("/sessions/" + id + "/messages", "{\"role\":\"robot\",\"content\":\"x\"}")
                .problem(400));
    assertTrue(errors.get("role").contains("user, assistant, system, tool"));
    errors =
        errors(
            Api.post(
                    "/sessions/" + id + "/messages",
                    "{\"role\":\"user\",\"content\":\"x\",\"tokens\":{\"input\":-1},\"costUsd\":0.123456789}")
                .problem(400));
    assertTrue(errors.containsKey("tokens.input"), errors.toString());
    assertTrue(errors.containsKey("costUsd"), errors.toString());
    errors = errors(Api.post("/sessions/" + id + "/messages", "{\"role\":\"user\"}").problem(400));
    assertEquals("is required unless blocks are given", errors.get("content"));
    Api.post("/sessions/" + id + "/messages", "\"just a string\"").problem(400);
    Api.put("/sessions/" + id + "/todos", "[{\"content\":\"x\",\"status\":\"done\"}]").problem(400);
    assertEquals(0, Api.get("/sessions/" + id).json().getInt("messageCount"));
  }

  @Test
  void contentUpToOneMebibyteIsAcceptedAndMoreIsNot() {
    String id = createSession().getString("id");
    String mebibyte = "a".repeat(1_048_576);
    assertEquals(
        mebibyte.length(),
        appendMessage(id, message("user", mebibyte)).getString("content").length());
    Map<String, String> errors =
        errors(
            Api.post("/sessions/" + id + "/messages", message("user", mebibyte + "a").toString())
                .problem(400));
    assertTrue(errors.get("content").contains("1048576"), errors.toString());
    assertEquals(1, Api.get("/sessions/" + id).json().getInt("messageCount"));
  }

  @Test
  void oversizedBodiesAre413() {
    String id = createSession().getString("id");
    String huge =
        "["
            + (message("user", "x".repeat(1_000_000)) + ",").repeat(5)
            + message("user", "end")
            + "]";
    JsonObject problem = Api.post("/sessions/" + id + "/messages", huge).problem(413);
    assertEquals("payload-too-large", problemType(problem));
    assertTrue(problem.getString("detail").contains("SESSIONVAULT_MAX_REQUEST_BYTES"));
    assertEquals(0, Api.get("/sessions/" + id).json().getInt("messageCount"));
  }

  @Test
  void unknownIdsAndPathsAre404() {
    String unknown = UUID.randomUUID().toString();
    for (String path :
        List.of(
            "/sessions/" + unknown,
            "/sessions/not-a-uuid",
            "/sessions/" + unknown + "/messages",
            "/sessions/" + unknown + "/todos",
            "/sessions/" + unknown + "/interactions",
            "/sessions/" + unknown + "/state",
            "/projects/" + unknown,
            "/no-such-resource")) {
      assertEquals("not-found", problemType(Api.get(path).problem(404)), path);
    }
    String id = createSession().getString("id");
    Api.get("/sessions/" + id + "/messages/1").problem(404);
    Api.get("/sessions/" + id + "/messages/abc").problem(404);
    Api.post("/sessions/" + unknown + "/messages", message("user", "x").toString()).problem(404);
    Api.post("/sessions/" + unknown + "/status", "{\"status\":\"idle\"}").problem(404);
    Api.patch("/sessions/" + unknown, "{}").problem(404);
    Api.delete("/projects/" + unknown).problem(404);
  }

  @Test
  void wrongMethodsAndMediaTypesAreProblemsToo() {
    Reply notAllowed = Api.put("/sessions", "{}");
    assertEquals("method-not-allowed", problemType(notAllowed.problem(405)));
    assertTrue(notAllowed.header("Allow").contains("POST"));
    Api.post("/sessions", "agent=codex", "Content-Type", "application/x-www-form-urlencoded")
        .problem(415);
    Api.get("/sessions", "Accept", "text/html").problem(406);
  }

  @Test
  void badQueryParametersNameTheParameter() {
    Map<String, String> errors =
        errors(
            Api.get(
                    "/sessions?stauts=active&size=500&page=0&sort=cost&order=up&createdFrom=yesterday&minCost=lots&projectId=x")
                .problem(400));
    assertTrue(errors.get("stauts").contains("status"), "lists the known parameters");
    assertTrue(errors.get("size").contains("1 and 200"));
    assertTrue(errors.get("page").contains("between 1"));
    assertTrue(
        errors
            .get("sort")
            .contains("createdAt, updatedAt, lastActivityAt, totalCostUsd, messageCount, name"));
    assertTrue(errors.get("order").contains("asc, desc"));
    assertTrue(
        errors.containsKey("createdFrom")
            && errors.containsKey("minCost")
            && errors.containsKey("projectId"));
    String id = createSession().getString("id");
    assertTrue(
        errors(Api.get("/sessions/" + id + "/messages?limit=5000").problem(400))
            .containsKey("limit"));
    assertTrue(
        errors(Api.get("/sessions/" + id + "/messages?afterSeq=-1").problem(400))
            .containsKey("afterSeq"));
    assertTrue(
        errors(Api.get("/sessions/" + id + "/state?messages=many").problem(400))
            .containsKey("messages"));
  }

  @Test
  void aFailedEditChangesNothing() {
    JsonObject session =
        createSession(
            session("claude_code")
                .add("name", "keep")
                .add("tags", Json.createArrayBuilder().add("a")));
    String id = session.getString("id");
    JsonObject before = Api.get("/sessions/" + id).json();
    Map<String, String> errors =
        errors(
            Api.patch(
                    "/sessions/" + id,
                    "{\"name\":\"changed\",\"tags\":[\"BAD\"],\"status\":\"idle\"}")
                .problem(400));
    assertTrue(errors.containsKey("status"), "status is not editable through PATCH: " + errors);
    Api.patch("/sessions/" + id, "{\"name\":\"changed\",\"tags\":[\"BAD\"]}").problem(400);
    Api.patch(
            "/sessions/" + id, "{\"name\":\"changed\",\"projectId\":\"" + UUID.randomUUID() + "\"}")
        .problem(400);
    Api.patch("/sessions/" + id, "[]").problem(400);
    Api.patch("/sessions/" + id, "{\"name\":\"x\"}", "If-Match", "not-an-etag").problem(400);
    Api.patch("/sessions/" + id, "{\"name\":\"x\"}", "If-Match", "W/\"0\"").problem(400);
    assertEquals(before, Api.get("/sessions/" + id).json());
  }

  @Test
  void aDuplicateExternalIdIsAConflictEvenUnderARace() throws Exception {
    String externalId = "race-" + UUID.randomUUID();
    String body = session("claude_code").add("externalId", externalId).build().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Reply>> creates = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        creates.add(() -> Api.post("/sessions", body));
      }
      Map<Integer, Integer> statuses = new HashMap<>();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> reply : pool.invokeAll(creates)) {
        replies.add(reply.get());
        statuses.merge(reply.get().status(), 1, Integer::sum);
      }
      assertEquals(Map.of(201, 1, 409, 7), statuses);
      replies.stream().filter(r -> r.status() == 409).forEach(r -> r.problem(409));
    } finally {
      pool.shutdownNow();
    }
    JsonObject again = Api.post("/sessions", body).problem(409);
    assertTrue(again.containsKey("existingId"));
    Api.get("/sessions/" + again.getString("existingId")).expect(200);
  }

  @Test
  void jsonNestedTooDeeplyOrWithEndlessNumbersIsRefused() {
    for (int levels : List.of(1_001, 100_000)) {
      String nested = "[".repeat(levels) + "]".repeat(levels);
      assertTrue(
          Api.post("/sessions", "{\"agent\":\"codex\",\"metadata\":{\"a\":" + nested + "}}")
              .problem(400)
              .getString("detail")
              .contains("nesting deeper than"));
    }
    String id = createSession().getString("id");
    String message = "{\"role\":\"user\",\"content\":\"x\",\"costUsd\":";
    for (String number : List.of("0." + "0".repeat(5_000) + "1", "1E+2147483648", "1e999999999")) {
      Api.post("/sessions/" + id + "/messages", message + number + "}").problem(400);
    }
    assertEquals(0, Api.get("/sessions/" + id).json().getInt("messageCount"));
  }

  @Test
  void bodiesInAnEncodingTheServerDoesNotDecodeAreRefused() {
    String body = session("codex").build().toString();
    assertTrue(
        Api.post("/sessions", body, "Content-Encoding", "br")
            .problem(415)
            .getString("detail")
            .contains("Content-Encoding"));
    assertTrue(
        Api.post("/sessions", body, "Content-Encoding", "deflate")
            .problem(400)
            .getString("detail")
            .contains("Content-Encoding"));
  }

  @Test
  void pathsAndQueriesThatAreNotPercentEncodedUtf8AreRefused() {
    String key = Credentials.bearer(Credentials.defaultAdminKey());
    for (String target :
        List.of(
            "/api/v1/sessions?tag=%zz",
            "/api/v1/sessions?tag=%",
            "/api/v1/sessions?tag=%C3%28",
            "/api/v1/search?q=a%00b",
            "/api/v1/sessions/\u00ff",
            "/api/v1/sessions/%FF",
            "/api/v1/sessions/{id}/messages")) {
      RawHttp.Answer answer =
          RawHttp.send(
              ("GET "
                      + target
                      + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                      + "Authorization: "
                      + key
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1),
              false);
      assertEquals(400, answer.status(), target + ": " + answer.text());
      assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), target);
      assertTrue(answer.text().contains("path") || answer.text().contains("query"), answer.text());
    }
    Map<String, String> errors = errors(Api.get("/sessions", "Accept", "*/*;q=abc").problem(400));
    assertTrue(errors.get("Accept").contains("media type"), errors.toString());
    // Liberty's web container refuses this one itself: its error page answers the problem
    assertTrue(
        Api.post("/sessions", "{}", "Content-Type", "////")
            .problem(400)
            .getString("detail")
            .contains("Content-Type"));
  }

  @Test
  void pagesFarOutAreEmptyAndCostsAndTagsHaveLimits() {
    for (String list : List.of("/sessions", "/projects", "/audit")) {
      JsonObject page = Api.get(list + "?page=2147483647&size=200").expect(200).json();
      assertEquals(0, page.getJsonArray("items").size(), list);
    }
    String tags = "tag=t&".repeat(51);
    for (String path : List.of("/sessions?", "/search?q=x&")) {
      Map<String, String> errors =
          errors(Api.get(path + tags + "minCost=-1&maxCost=1e999999999").problem(400));
      assertTrue(errors.get("tag").contains("at most 50"), errors.toString());
      assertTrue(errors.containsKey("minCost") && errors.containsKey("maxCost"), errors.toString());
    }
  }

  @Test
  void aNulInTheAccountHeaderOrTheUsernameIsARefusalNotAFailure() {
    String body = "GET /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    RawHttp.Answer account =
        RawHttp.send(
            (body
                    + "Authorization: "
                    + Credentials.operator()
                    + "\r\n"
                    + "Session-Vault-Account: a\u0000b\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1),
            false);
    assertTrue(account.status() < 500, account.status() + " " + account.text());
    Api.get("/sessions", "Authorization", Credentials.basic("opera\u0000tor", "x")).problem(401);
    // a right sign-in clears the failed one from this client's count
    Api.get("/admin/index", "Authorization", Credentials.operator()).expect(200);
  }

  private static Map<String, String> errors(JsonObject problem) {
    assertEquals("validation", problemType(problem));
    Map<String, String> errors = new HashMap<>();
    for (JsonValue error : problem.getJsonArray("errors")) {
      errors.merge(
          error.asJsonObject().getString("field"),
          error.asJsonObject().getString("message"),
          (a, b) -> a + "; " + b);
    }
    return errors;
  }
}
