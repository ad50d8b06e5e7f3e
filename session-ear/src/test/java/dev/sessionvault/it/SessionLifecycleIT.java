package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.appendMessage;
import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A session's whole life over HTTP, as an assistant integration drives it. */
class SessionLifecycleIT extends EndToEndTest {

  @Test
  void everyFieldRoundTripsThroughTheApi() {
    UUID project = UUID.fromString(createProject().getString("id"));
    JsonObject sent =
        Json.createObjectBuilder()
            .add("externalId", "cc-" + UUID.randomUUID())
            .add("name", "Fix the flaky login test")
            .add("summary", "The login test fails one run in ten")
            .add("type", "bugfix")
            .add("agent", "claude_code")
            .add("environment", "vscode")
            .add("model", "claude-sonnet-4-5")
            .add("projectId", project.toString())
            .add("component", "auth")
            .add("projectPath", "/home/dev/shop")
            .add("gitBranch", "fix/login-flake")
            .add("status", "active")
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("maxMessages", 500)
                    .add("idleTimeoutMinutes", 30)
                    .add("persistenceEnabled", true)
                    .add("features", Json.createArrayBuilder().add("todos").add("mcp:github")))
            .add(
                "llmConfig",
                Json.createObjectBuilder().add("temperature", 0.2).add("maxTokens", 8192))
            .add(
                "metadata",
                Json.createObjectBuilder()
                    .add("ticket", "SHOP-42")
                    .add(
                        "nested",
                        Json.createObjectBuilder()
                            .add("list", Json.createArrayBuilder().add(1).add("two"))))
            .add("state", Json.createObjectBuilder().add("step", "reproduce"))
            .add("tags", Json.createArrayBuilder().add("auth").add("flaky").add("auth"))
            .add("schemaVersion", 2)
            .build();

    Reply created = Api.post("/sessions", sent.toString()).expect(201);
    JsonObject session = created.json();
    String id = session.getString("id");
    assertEquals(Api.BASE + "/sessions/" + id, created.header("Location"));
    assertEquals(
        "\"" + session.getJsonNumber("version").longValue() + "\"", created.header("ETag"));

    JsonObject read = Api.get("/sessions/" + id).expect(200).json();
    for (String field :
        List.of(
            "externalId",
            "name",
            "summary",
            "type",
            "agent",
            "environment",
            "model",
            "projectId",
            "component",
            "projectPath",
            "gitBranch",
            "status",
            "config",
            "llmConfig",
            "metadata",
            "state",
            "schemaVersion")) {
      assertEquals(sent.get(field), read.get(field), field);
    }
    assertEquals(Json.createArrayBuilder().add("auth").add("flaky").build(), read.get("tags"));
    // Server-maintained fields
    assertEquals(7, UUID.fromString(id).version(), "ids are time-ordered UUIDv7");
    Instant createdAt = Instant.parse(read.getString("createdAt"));
    assertEquals(createdAt, Instant.parse(read.getString("updatedAt")));
    assertEquals(createdAt, Instant.parse(read.getString("lastActivityAt")));
    assertTrue(read.isNull("closedAt"));
    assertTrue(read.isNull("error"));
    for (String counter :
        List.of(
            "messageCount",
            "turnCount",
            "inputTokens",
            "outputTokens",
            "cacheReadTokens",
            "cacheWriteTokens",
            "activeTodoCount",
            "interactionCount")) {
      assertEquals(0, read.getJsonNumber(counter).longValue(), counter);
    }
    assertEquals(BigDecimal.ZERO, read.getJsonNumber("totalCostUsd").bigDecimalValue());
  }

  @Test
  void aSessionGoesThroughItsWholeLife() {
    JsonObject session = createSession(session("codex").add("name", "Refactor billing"));
    String id = session.getString("id");
    assertEquals("initializing", session.getString("status"));

    // The first message activates the session; the conversation and its aggregates are exact.
    appendMessage(id, message("user", "Please split BillingService into smaller parts."));
    JsonObject reply =
        Json.createObjectBuilder()
            .add("role", "assistant")
            .add("model", "gpt-5-codex")
            .add("content", "I will start with the invoice code.")
            .add(
                "tokens",
                Json.createObjectBuilder()
                    .add("input", 1000)
                    .add("output", 250)
                    .add("cacheRead", 4000)
                    .add("cacheWrite", 12))
            .add("costUsd", new BigDecimal("0.01875"))
            .build();
    appendMessage(id, reply);
    JsonObject active = Api.get("/sessions/" + id).expect(200).json();
    assertEquals("active", active.getString("status"));
    assertEquals(2, active.getInt("messageCount"));
    assertEquals(1, active.getInt("turnCount"));
    assertEquals(1000, active.getInt("inputTokens"));
    assertEquals(250, active.getInt("outputTokens"));
    assertEquals(4000, active.getInt("cacheReadTokens"));
    assertEquals(12, active.getInt("cacheWriteTokens"));
    assertEquals(new BigDecimal("0.01875"), active.getJsonNumber("totalCostUsd").bigDecimalValue());
    assertEquals("Please split BillingService into smaller parts.", active.getString("preview"));

    // Todos replace the list as a whole.
    JsonObject todos =
        Api.put(
                "/sessions/" + id + "/todos",
                "[{\"content\":\"Extract invoices\",\"status\":\"in_progress\",\"activeForm\":\"Extracting invoices\"},"
                    + "{\"content\":\"Extract taxes\",\"status\":\"pending\"},"
                    + "{\"content\":\"Read code\",\"status\":\"completed\"}]")
            .expect(200)
            .json();
    assertEquals(2, todos.getInt("activeCount"));
    Api.put(
            "/sessions/" + id + "/todos",
            "{\"todos\":[{\"content\":\"Extract invoices\",\"status\":\"completed\",\"activeForm\":\"Extracting invoices\"}]}")
        .expect(200);
    JsonArray list = Api.get("/sessions/" + id + "/todos").expect(200).items();
    assertEquals(1, list.size());
    assertEquals("completed", list.getJsonObject(0).getString("status"));
    assertEquals(0, list.getJsonObject(0).getInt("position"));
    assertEquals(0, Api.get("/sessions/" + id).json().getInt("activeTodoCount"));

    // Interactions are numbered in order.
    JsonObject run =
        Api.post(
                "/sessions/" + id + "/interactions",
                "{\"command\":\"mvn test\",\"result\":\"BUILD SUCCESS\",\"exitCode\":0,"
                    + "\"startedAt\":\"2026-11-21T09:00:00Z\",\"finishedAt\":\"2026-11-21T10:00:42.5+01:00\"}")
            .expect(201)
            .json();
    assertEquals(1, run.getInt("seq"));
    assertEquals(
        Instant.parse("2026-11-21T09:00:42.5Z"), Instant.parse(run.getString("finishedAt")));
    Api.post("/sessions/" + id + "/interactions", "{\"command\":\"git diff\"}").expect(201);
    assertEquals(2, Api.get("/sessions/" + id).json().getInt("interactionCount"));

    // idle, then a message resumes it, then it completes and is closed.
    transition(id, "idle").expect(200);
    appendMessage(id, message("user", "Continue please"));
    assertEquals("active", Api.get("/sessions/" + id).json().getString("status"));
    JsonObject completed = transition(id, "completed").expect(200).json();
    assertEquals("completed", completed.getString("status"));
    assertNotNull(completed.getString("closedAt"));

    // A closed session accepts nothing more, and the failed writes change nothing.
    JsonObject before = Api.get("/sessions/" + id).json();
    assertEquals(
        "session-closed",
        problemType(
            Api.post("/sessions/" + id + "/messages", message("user", "more").toString())
                .problem(409)));
    Api.put("/sessions/" + id + "/todos", "[]").problem(409);
    Api.post("/sessions/" + id + "/interactions", "{\"command\":\"ls\"}").problem(409);
    assertEquals(before, Api.get("/sessions/" + id).json());

    // Delete removes the session with everything that belongs to it.
    Api.delete("/sessions/" + id).expect(204);
    Api.get("/sessions/" + id).problem(404);
    Api.get("/sessions/" + id + "/messages").problem(404);
    Api.get("/sessions/" + id + "/todos").problem(404);
    Api.get("/sessions/" + id + "/interactions").problem(404);
    Api.delete("/sessions/" + id).problem(404);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "initializing, active,    200",
    "initializing, failed,    200",
    "initializing, idle,      409",
    "initializing, completed, 409",
    "active,       idle,      200",
    "active,       completed, 200",
    "active,       failed,    200",
    "active,       active,    409",
    "idle,         active,    200",
    "idle,         completed, 200",
    "idle,         failed,    200",
    "idle,         idle,      409",
    "completed,    active,    409",
    "completed,    failed,    409",
    "failed,       active,    409",
    "failed,       idle,      409"
  })
  void theStatusMachineIsEnforced(String from, String to, int expected) {
    String id = sessionIn(from);
    Reply reply = transition(id, to);
    if (expected == 200) {
      JsonObject session = reply.expect(200).json();
      assertEquals(to, session.getString("status"));
      assertEquals(
          to.equals("completed") || to.equals("failed"), !session.isNull("closedAt"), "closedAt");
    } else {
      JsonObject problem = reply.problem(409);
      assertEquals("illegal-transition", problemType(problem));
      assertEquals(from, problem.getString("currentStatus"));
      assertTrue(problem.getString("detail").contains(from));
      assertEquals(from, Api.get("/sessions/" + id).json().getString("status"));
    }
  }

  @Test
  void illegalTransitionsListTheAllowedTargets() {
    String id = sessionIn("idle");
    JsonObject problem = transition(id, "initializing").problem(409);
    assertEquals(
        Json.createArrayBuilder().add("active").add("completed").add("failed").build(),
        problem.getJsonArray("allowedTargets"));
  }

  @Test
  void failingASessionRecordsItsError() {
    String id = sessionIn("active");
    JsonObject failed =
        Api.post(
                "/sessions/" + id + "/status",
                "{\"status\":\"failed\",\"error\":\"context window exceeded\"}")
            .expect(200)
            .json();
    assertEquals("failed", failed.getString("status"));
    assertEquals("context window exceeded", failed.getString("error"));
  }

  @Test
  void etagsGuardEveryWrite() {
    String id = createSession().getString("id");
    Reply read = Api.get("/sessions/" + id).expect(200);
    String etag = read.header("ETag");
    assertEquals("\"" + read.json().getJsonNumber("version").longValue() + "\"", etag);
    Api.get("/sessions/" + id, "If-None-Match", etag).expect(304);
    Api.get("/sessions/" + id, "If-Match", etag).expect(200);

    Reply patched =
        Api.patch("/sessions/" + id, "{\"name\":\"first\"}", "If-Match", etag).expect(200);
    String newEtag = patched.header("ETag");
    assertFalse(etag.equals(newEtag), "a change moves the ETag on");
    assertEquals(newEtag, Api.get("/sessions/" + id).header("ETag"));

    // A writer holding the old ETag is told so, and its change is not applied.
    JsonObject stale =
        Api.patch("/sessions/" + id, "{\"name\":\"second\"}", "If-Match", etag).problem(412);
    assertEquals("stale-version", problemType(stale));
    assertEquals("first", Api.get("/sessions/" + id).json().getString("name"));
    assertEquals(
        "stale-version", problemType(Api.get("/sessions/" + id, "If-Match", etag).problem(412)));
    transition(id, "active", "If-Match", etag).problem(412);
    Api.delete("/sessions/" + id, "If-Match", etag).problem(412);
    Api.get("/sessions/" + id).expect(200);

    // Appends move the version on too: an edit based on a pre-append read is stale.
    appendMessage(id, message("user", "hello"));
    Api.patch("/sessions/" + id, "{\"name\":\"third\"}", "If-Match", newEtag).problem(412);
    String current = Api.get("/sessions/" + id).header("ETag");
    Api.patch("/sessions/" + id, "{\"name\":\"third\"}", "If-Match", current).expect(200);
    Api.patch("/sessions/" + id, "{\"summary\":\"any version\"}", "If-Match", "*").expect(200);
    Api.delete("/sessions/" + id, "If-Match", Api.get("/sessions/" + id).header("ETag"))
        .expect(204);
  }

  @Test
  void mergePatchEditsOnlyWhatItNames() {
    JsonObject session =
        createSession(
            session("aider")
                .add("name", "before")
                .add("tags", Json.createArrayBuilder().add("a").add("b"))
                .add("metadata", Json.createObjectBuilder().add("keep", 1).add("drop", 2))
                .add(
                    "config",
                    Json.createObjectBuilder()
                        .add("maxMessages", 10)
                        .add("persistenceEnabled", true)));
    String id = session.getString("id");

    JsonObject patched =
        Api.patch(
                "/sessions/" + id,
                "{\"summary\":\"now with a summary\",\"metadata\":{\"drop\":null,\"added\":{\"x\":true}},"
                    + "\"config\":{\"maxMessages\":20},\"tags\":[\"c\"],\"state\":{\"phase\":2}}")
            .expect(200)
            .json();
    assertEquals("before", patched.getString("name"), "unnamed fields stay");
    assertEquals("now with a summary", patched.getString("summary"));
    assertEquals(
        Json.createObjectBuilder()
            .add("keep", 1)
            .add("added", Json.createObjectBuilder().add("x", true))
            .build(),
        patched.getJsonObject("metadata"));
    assertEquals(20, patched.getJsonObject("config").getInt("maxMessages"));
    assertTrue(
        patched.getJsonObject("config").getBoolean("persistenceEnabled"), "merged, not replaced");
    assertEquals(Json.createArrayBuilder().add("c").build(), patched.getJsonArray("tags"));
    assertEquals(2, patched.getJsonObject("state").getInt("phase"));

    JsonObject cleared =
        Api.patch("/sessions/" + id, "{\"summary\":null,\"tags\":null}").expect(200).json();
    assertTrue(cleared.isNull("summary"));
    assertEquals(0, cleared.getJsonArray("tags").size());
    assertEquals(patched.getJsonObject("metadata"), cleared.getJsonObject("metadata"));
  }

  @Test
  void theStateDocumentHoldsWhatAnAssistantNeedsToResume() {
    String id = createSession().getString("id");
    StringBuilder batch = new StringBuilder("[");
    for (int i = 1; i <= 60; i++) {
      batch
          .append(i > 1 ? "," : "")
          .append(message(i % 2 == 1 ? "user" : "assistant", "message " + i));
    }
    Api.post("/sessions/" + id + "/messages", batch.append("]").toString()).expect(201);
    Api.put("/sessions/" + id + "/todos", "[{\"content\":\"Resume\",\"status\":\"pending\"}]")
        .expect(200);

    JsonObject state = Api.get("/sessions/" + id + "/state?messages=10").expect(200).json();
    assertEquals(id, state.getJsonObject("session").getString("id"));
    assertEquals(1, state.getJsonArray("todos").size());
    JsonArray messages = state.getJsonArray("messages");
    assertEquals(10, messages.size());
    assertEquals(51, messages.getJsonObject(0).getInt("seq"));
    assertEquals(60, messages.getJsonObject(9).getInt("seq"));
    assertEquals(50, state.getInt("earlierMessages"));

    // The link pages the messages the document left out, in order.
    JsonArray earlier =
        Api.get(state.getJsonObject("links").getString("messages")).expect(200).items();
    assertEquals(50, earlier.size());
    assertEquals(1, earlier.getJsonObject(0).getInt("seq"));
    assertEquals("message 50", earlier.getJsonObject(49).getString("content"));

    assertEquals(
        50,
        Api.get("/sessions/" + id + "/state").json().getJsonArray("messages").size(),
        "default");
    assertEquals(
        0, Api.get("/sessions/" + id + "/state?messages=0").json().getJsonArray("messages").size());
  }

  @Test
  void projectsGroupSessionsAndDeletingOneDetachesThem() {
    JsonObject project = createProject();
    String projectId = project.getString("id");
    String key = project.getString("key");
    Reply duplicate = Api.post("/projects", "{\"key\":\"" + key + "\",\"name\":\"Again\"}");
    assertEquals("already-exists", problemType(duplicate.problem(409)));
    assertEquals(projectId, duplicate.json().getString("existingId"));

    String sessionId = createSession(session("cline").add("projectId", projectId)).getString("id");
    String etagBefore = Api.get("/sessions/" + sessionId).header("ETag");
    JsonObject renamed =
        Api.patch("/projects/" + projectId, "{\"name\":\"Shop (web)\",\"rootPath\":null}")
            .expect(200)
            .json();
    assertEquals("Shop (web)", renamed.getString("name"));
    assertTrue(renamed.isNull("rootPath"));
    assertEquals(key, renamed.getString("key"));
    assertEquals(projectId, Api.get("/projects/" + projectId).expect(200).json().getString("id"));

    Api.delete("/projects/" + projectId).expect(204);
    Api.get("/projects/" + projectId).problem(404);
    Reply detached = Api.get("/sessions/" + sessionId).expect(200);
    assertTrue(detached.json().isNull("projectId"), "the session stays, without its project");
    assertFalse(etagBefore.equals(detached.header("ETag")), "detaching is a change");

    JsonObject unknown =
        Api.post("/sessions", session("cline").add("projectId", projectId).build().toString())
            .problem(400);
    assertEquals("projectId", unknown.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void projectsArePaged() {
    for (int i = 0; i < 3; i++) {
      createProject();
    }
    JsonObject page = Api.get("/projects?page=1&size=2").expect(200).json();
    assertEquals(2, page.getJsonArray("items").size());
    long total = page.getJsonNumber("total").longValue();
    assertTrue(total >= 3);
    assertEquals((total + 1) / 2, page.getJsonNumber("totalPages").longValue());
  }

  private static JsonObject createProject() {
    String key = "shop-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject project =
        Api.post(
                "/projects",
                "{\"key\":\"" + key + "\",\"name\":\"Shop\",\"rootPath\":\"/src/shop\"}")
            .expect(201)
            .json();
    assertEquals(key, project.getString("key"));
    return project;
  }

  /** A new session brought to {@code status} through legal transitions. */
  private static String sessionIn(String status) {
    String id = createSession().getString("id");
    switch (status) {
      case "initializing" -> {}
      case "active" -> transition(id, "active").expect(200);
      case "idle" -> {
        transition(id, "active").expect(200);
        transition(id, "idle").expect(200);
      }
      case "completed" -> {
        transition(id, "active").expect(200);
        transition(id, "completed").expect(200);
      }
      case "failed" -> transition(id, "failed").expect(200);
      default -> throw new IllegalArgumentException(status);
    }
    return id;
  }

  private static Reply transition(String id, String status, String... headers) {
    return Api.post("/sessions/" + id + "/status", "{\"status\":\"" + status + "\"}", headers);
  }

  static String problemType(JsonObject problem) {
    String type = problem.getString("type");
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
