package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sessions coming in: canonical JSON, arrays, JSON lines; conflicts, failures, isolation. */
class ImportIT extends EndToEndTest {
  /** What an import changes: the row version (and it adds metadata.import). */
  private static final Set<String> CHANGED_BY_IMPORT = Set.of("version");

  static JsonObject without(JsonObject object, Set<String> names) {
    var copy = Json.createObjectBuilder(object);
    names.forEach(copy::remove);
    return copy.build();
  }

  private static List<JsonObject> partsWithoutIds(String path) {
    return Api.get(path + "?limit=1000").expect(200).items().getValuesAs(JsonObject.class).stream()
        .map(part -> without(part, Set.of("id", "sessionId")))
        .toList();
  }

  /** Everything a user sees of a session, except what an import itself adds or changes. */
  static JsonObject snapshot(String id) {
    JsonObject session = Api.get("/sessions/" + id).expect(200).json();
    JsonObject metadata = without(session.getJsonObject("metadata"), Set.of("import"));
    return Json.createObjectBuilder()
        .add(
            "session",
            Json.createObjectBuilder(without(session, CHANGED_BY_IMPORT)).add("metadata", metadata))
        .add("messages", Json.createArrayBuilder(partsWithoutIds("/sessions/" + id + "/messages")))
        .add("todos", Api.get("/sessions/" + id + "/todos").expect(200).json())
        .add(
            "interactions",
            Json.createArrayBuilder(partsWithoutIds("/sessions/" + id + "/interactions")))
        .build();
  }

  /** The ids of a session's messages and interactions, in order. */
  private static List<String> partIds(String id) {
    List<String> ids = new java.util.ArrayList<>();
    for (String part : List.of("messages", "interactions")) {
      Api.get("/sessions/" + id + "/" + part + "?limit=1000").expect(200).items().stream()
          .map(value -> value.asJsonObject().getString("id"))
          .forEach(ids::add);
    }
    return ids;
  }

  private static JsonObject importBody(String body, String query) {
    return Api.post("/imports" + query, body).expect(201).json();
  }

  @Test
  void anExportedSessionComesBackExactlyUnderItsOwnId() {
    for (String format : List.of("json", "jsonl")) {
      String id = ExportIT.richSession();
      JsonObject before = snapshot(id);
      List<String> partIds = partIds(id);
      String exported = Api.get("/sessions/" + id + "/export?format=" + format).expect(200).body();
      Api.delete("/sessions/" + id).expect(204);
      JsonObject report = importBody(exported, "");
      assertEquals(1, report.getInt("imported"), report.toString());
      JsonObject result = report.getJsonArray("sessions").getJsonObject(0);
      assertEquals(id, result.getString("id"), "a free id is kept: " + report);
      assertEquals("imported", result.getString("outcome"));
      assertEquals(List.of(), result.getJsonArray("warnings"), report.toString());
      assertEquals(before, snapshot(id), format);
      assertEquals(partIds, partIds(id), "free message and interaction ids are kept too");
      JsonObject imported =
          Api.get("/sessions/" + id)
              .expect(200)
              .json()
              .getJsonObject("metadata")
              .getJsonObject("import");
      assertEquals(format, imported.getString("sourceFormat"));
      assertEquals(4, imported.getInt("sourceVersion"));
      assertTrue(imported.containsKey("importedAt"));
      assertEquals(
          "APP-1", Api.get("/sessions/" + id).json().getJsonObject("metadata").getString("ticket"));
    }
  }

  @Test
  void aTakenIdGetsANewOneAndTheReportMapsIt() {
    String id = ExportIT.richSession();
    String exported = Api.get("/sessions/" + id + "/export").expect(200).body();
    JsonObject result = importBody(exported, "").getJsonArray("sessions").getJsonObject(0);
    assertEquals(id, result.getString("originalId"));
    String copy = result.getString("id");
    assertNotEquals(id, copy);
    assertTrue(result.getJsonArray("warnings").toString().contains("taken"), result.toString());
    assertEquals(
        without(snapshot(id).getJsonObject("session"), Set.of("id")),
        without(snapshot(copy).getJsonObject("session"), Set.of("id")));
    assertEquals(snapshot(id).getJsonArray("messages"), snapshot(copy).getJsonArray("messages"));
    List<String> originalParts = partIds(id);
    List<String> copiedParts = partIds(copy);
    assertEquals(originalParts.size(), copiedParts.size());
    assertTrue(
        java.util.Collections.disjoint(originalParts, copiedParts),
        "taken part ids are replaced: " + copiedParts);
    String warnings = result.getJsonArray("warnings").toString();
    assertTrue(warnings.contains("message ids are taken"), warnings);
    assertTrue(warnings.contains("interaction ids are taken"), warnings);
  }

  @Test
  void aLongSessionIsWrittenInBatchesAndEveryPartIsSearchable() {
    String tag = Fixtures.uniqueTag();
    String word = "batched" + UUID.randomUUID().toString().replace("-", "");
    int count = 1_201; // three batches of the importer, the last one short
    var messages = Json.createArrayBuilder();
    var interactions = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      messages.add(
          Json.createObjectBuilder()
              .add("role", i % 2 == 0 ? "user" : "assistant")
              .add("externalId", "m" + i)
              .add("content", word + " message " + i));
      interactions.add(
          Json.createObjectBuilder().add("command", "make step" + i).add("exitCode", 0));
    }
    JsonObject session =
        Json.createObjectBuilder()
            .add("agent", "aider")
            .add("tags", Json.createArrayBuilder().add(tag))
            .build();
    JsonObject document =
        Json.createObjectBuilder()
            .add("schemaVersion", 4)
            .add("session", session)
            .add("messages", messages.build())
            .add("interactions", interactions.build())
            .build();
    String id =
        importBody(document.toString(), "")
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("id");
    JsonObject stored = Api.get("/sessions/" + id).expect(200).json();
    assertEquals(count, stored.getInt("messageCount"));
    assertEquals(count, stored.getInt("interactionCount"));
    JsonObject last =
        Api.get("/sessions/" + id + "/messages?afterSeq=1200").expect(200).items().getJsonObject(0);
    assertEquals(1201, last.getInt("seq"));
    assertEquals("m1200", last.getString("externalId"));
    assertEquals(
        count,
        Api.get("/search?q=" + word).expect(200).json().getInt("total"),
        "every batch reached the index");

    // A repeated externalId in the third batch fails the whole session, with what came before.
    String repeated = document.toString().replace("\"m1100\"", "\"m10\"");
    JsonObject failed = Api.post("/imports", repeated.replace(tag, tag + "x")).problem(400);
    assertTrue(failed.toString().contains("/messages/1100/externalId"), failed.toString());
    assertEquals(0, Api.get("/sessions?tag=" + tag + "x").expect(200).items().size());
  }

  @Test
  void skipLeavesTheStoredSessionAndReplaceNeedsAnAdmin() {
    String id = ExportIT.richSession();
    String exported = Api.get("/sessions/" + id + "/export").expect(200).body();
    JsonObject skipped = Api.post("/imports?onConflict=skip", exported).expect(200).json();
    assertEquals(1, skipped.getInt("skipped"));
    assertEquals(id, skipped.getJsonArray("sessions").getJsonObject(0).getString("id"));
    String member = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "import member", "member");
    Api.post("/imports?onConflict=replace", exported, "Authorization", Credentials.bearer(member))
        .problem(403);
    Api.patch("/sessions/" + id, "{\"name\":\"changed after the export\"}").expect(200);

    JsonObject replaced = Api.post("/imports?onConflict=replace", exported).expect(201).json();
    JsonObject result = replaced.getJsonArray("sessions").getJsonObject(0);
    assertEquals("replaced", result.getString("outcome"), replaced.toString());
    assertEquals(id, result.getString("id"));
    assertEquals("Fix the login <b>bug</b>", Api.get("/sessions/" + id).json().getString("name"));
    String open = Api.post("/sessions", "{\"agent\":\"aider\"}").expect(201).json().getString("id");
    Api.post("/sessions/" + open + "/messages", message("user", "kept").toString()).expect(201);
    String backup = Api.get("/sessions/" + open + "/export").expect(200).body();
    String stale = "stale" + UUID.randomUUID().toString().replace("-", "");
    Api.post("/sessions/" + open + "/messages", message("user", stale).toString()).expect(201);
    Api.post("/imports?onConflict=replace", backup).expect(201);
    assertEquals(1, Api.get("/sessions/" + open).json().getInt("messageCount"));
    assertEquals(
        0,
        Api.get("/search?q=" + stale).expect(200).json().getInt("total"),
        "the replaced session's messages are gone from the index too");
    Api.post("/imports?onConflict=sometimes", exported).problem(400);
  }

  @Test
  void oneBadSessionFailsAloneAndLeavesNothingBehind() {
    String tag = Fixtures.uniqueTag();
    String good = document(tag, "user", "first");
    String bad = document(tag, "wizard", "second");
    JsonObject report = importBody("[" + good + "," + bad + "]", "");
    assertEquals(1, report.getInt("imported"));
    assertEquals(1, report.getInt("failed"));
    JsonObject failed = report.getJsonArray("sessions").getJsonObject(1);
    assertEquals("/1", failed.getString("source"));
    assertEquals(400, failed.getInt("status"));
    JsonObject error = failed.getJsonArray("errors").getJsonObject(0);
    assertEquals("/1/messages/1/role", error.getString("field"), failed.toString());
    assertTrue(error.getString("message").contains("user"), error.toString());
    JsonArray stored = Api.get("/sessions?tag=" + tag).expect(200).items();
    assertEquals(1, stored.size(), "nothing of the failed session was kept: " + stored);
    assertEquals(2, stored.getJsonObject(0).getInt("messageCount"));
  }

  @Test
  void brokenBodiesAreRefusedWithThePlaceOfTheProblem() {
    String tag = Fixtures.uniqueTag();
    String document = document(tag, "user", "whole");
    JsonObject truncated =
        Api.post("/imports", document.substring(0, document.length() / 2)).problem(400);
    assertTrue(truncated.toString().contains("malformed JSON"), truncated.toString());
    JsonObject future =
        Api.post("/imports", document.replace("\"schemaVersion\":4", "\"schemaVersion\":99"))
            .problem(422);
    assertTrue(future.toString().contains("supported schema versions"), future.toString());
    Api.post("/imports", "").problem(400);
    Api.post("/imports?format=xml", document).problem(400);
    String lines =
        "{\"type\":\"session\",\"schemaVersion\":4,\"session\":{\"agent\":\"aider\",\"tags\":[\""
            + tag
            + "\"]}}\n{\"type\":\"message\",\"role\":\"user\",\"content\":\"ok\"}\n"
            + "{\"type\":\"message\",\"role\":\"robot\",\"content\":\"bad\"}\n{\"type\":\"end\"}\n";
    JsonObject problem = Api.post("/imports", lines).problem(400);
    assertTrue(problem.toString().contains("\"line 3/role\""), problem.toString());
    JsonObject cut =
        Api.post(
                "/imports",
                lines.substring(0, lines.indexOf("{\"type\":\"end")).replace("robot", "user"))
            .problem(400);
    assertTrue(cut.toString().contains("truncated"), cut.toString());
    assertEquals(0, Api.get("/sessions?tag=" + tag).expect(200).items().size());
  }

  @Test
  void aBodyOverTheImportLimitIs413AndImportsNothing() {
    String tag = Fixtures.uniqueTag();
    String one = document(tag, "user", "x".repeat(900_000));
    String body = "[" + String.join(",", java.util.Collections.nCopies(10, one)) + "]";
    JsonObject problem = Api.post("/imports", body).problem(413);
    assertTrue(
        problem.getString("detail").contains("SESSIONVAULT_IMPORT_MAX_BYTES"), problem.toString());
    assertEquals(0, Api.get("/sessions?tag=" + tag).expect(200).items().size());
  }

  @Test
  void documentsOfEarlierVersionsAreMigratedWithEveryFieldPlaced() throws Exception {
    String v1 = resourceText("v1.json").replace("sess-2024-03-11-a7", UUID.randomUUID().toString());
    String v2 =
        resourceText("v2.json")
            .replace("9f1c2d3e-4b5a-6c7d-8e9f-0a1b2c3d4e5f", UUID.randomUUID().toString());
    String v3 = resourceText("v3.json").replace("codex-rollout-17", UUID.randomUUID().toString());
    JsonObject report = importBody("[" + v1 + "," + v2 + "," + v3 + "]", "");
    assertEquals(3, report.getInt("imported"), report.toString());
    List<JsonObject> results = report.getJsonArray("sessions").getValuesAs(JsonObject.class);
    assertTrue(results.get(0).getJsonArray("warnings").toString().contains("/config/theme"));
    JsonObject fromV1 = Api.get("/sessions/" + results.get(0).getString("id")).expect(200).json();
    assertEquals("Refactor the billing module", fromV1.getString("name"));
    assertEquals("completed", fromV1.getString("status"));
    assertEquals(4, fromV1.getInt("messageCount"));
    assertEquals(1, fromV1.getInt("activeTodoCount"));
    assertEquals(
        1, fromV1.getJsonObject("metadata").getJsonObject("import").getInt("sourceVersion"));
    assertEquals(
        "dark",
        fromV1.getJsonObject("metadata").getJsonObject("migration").getString("/config/theme"));
    JsonObject fromV2 = Api.get("/sessions/" + results.get(1).getString("id")).expect(200).json();
    assertEquals("Cart total rounding", fromV2.getString("summary"));
    assertEquals("0.0421", fromV2.getJsonNumber("totalCostUsd").toString());
    assertEquals(1200, fromV2.getInt("inputTokens"));
    JsonObject assistant =
        Api.get("/sessions/" + fromV2.getString("id") + "/messages/2").expect(200).json();
    assertEquals("tool_use", assistant.getJsonArray("blocks").getJsonObject(2).getString("type"));
    JsonObject fromV3 = Api.get("/sessions/" + results.get(2).getString("id")).expect(200).json();
    assertEquals("idle", fromV3.getString("status"));
    assertEquals("2025-09-01T08:29:00Z", fromV3.getString("lastActivityAt"));
  }

  private static String resourceText(String name) throws java.io.IOException {
    try (var in = ImportIT.class.getResourceAsStream("/migration/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLargeBodyIsImportedByABackgroundJob() {
    String tag = Fixtures.uniqueTag();
    String body =
        "["
            + String.join(
                ",",
                java.util.Collections.nCopies(3, document(tag, "assistant", "x".repeat(500_000))))
            + "]";
    Reply accepted = Api.post("/imports", body).expect(202);
    String location = accepted.header("Location");
    JsonObject started = accepted.json();
    assertEquals(Api.BASE + "/imports/" + started.getString("id"), location);
    assertEquals(body.length(), started.getJsonNumber("bytesTotal").longValue());
    JsonObject job = dev.sessionvault.it.support.ImportJobs.awaitEnd(location);
    assertEquals("completed", job.getString("state"), job.toString());
    assertEquals(3, job.getInt("sessionsRead"));
    assertEquals(body.length(), job.getJsonNumber("bytesRead").longValue());
    assertEquals(3, job.getJsonObject("report").getInt("imported"), job.toString());
    assertEquals(3, Api.get("/sessions?tag=" + tag).expect(200).items().size());
    String otherAdmin = Fixtures.adminOfAnotherAccount("job-other");
    Api.get(location, "Authorization", otherAdmin).problem(404);
    Api.get("/imports/" + UUID.randomUUID()).problem(404);
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "job viewer", "viewer");
    Api.post("/imports", body, "Authorization", Credentials.bearer(viewer)).problem(403);
    JsonObject broken =
        dev.sessionvault.it.support.ImportJobs.awaitEnd(
            Api.post("/imports", body.substring(0, body.length() - 100))
                .expect(202)
                .header("Location"));
    assertEquals("completed", broken.getString("state"));
    assertTrue(
        broken.getJsonObject("report").toString().contains("malformed JSON"), broken.toString());
  }

  @Test
  void importedSessionsAreSearchable() {
    String word = "imported" + UUID.randomUUID().toString().replace("-", "");
    importBody(document(Fixtures.uniqueTag(), "user", "look for " + word), "");
    JsonObject found = Api.get("/search?q=" + word).expect(200).json();
    assertEquals(1, found.getInt("total"), found.toString());
  }

  @Test
  void anImportCannotReachAnotherAccount() {
    String otherAdmin = Fixtures.adminOfAnotherAccount("import-other");
    String foreign = Fixtures.createSessionAs(otherAdmin);
    String project =
        Api.post(
                "/projects",
                "{\"key\":\"imp"
                    + UUID.randomUUID().toString().substring(0, 6)
                    + "\",\"name\":\"p\"}",
                "Authorization",
                otherAdmin)
            .expect(201)
            .json()
            .getString("id");
    String document =
        "{\"schemaVersion\":4,\"session\":{\"id\":\""
            + foreign
            + "\",\"agent\":\"aider\","
            + "\"projectId\":\""
            + project
            + "\"},\"messages\":[]}";
    JsonObject replace = Api.post("/imports?onConflict=replace", document).problem(404);
    assertTrue(replace.toString().contains("sessions"), replace.toString());
    JsonObject result = importBody(document, "").getJsonArray("sessions").getJsonObject(0);
    assertNotEquals(foreign, result.getString("id"));
    JsonObject mine = Api.get("/sessions/" + result.getString("id")).expect(200).json();
    assertEquals(JsonValue.NULL, mine.get("projectId"), "another account's project is not linked");
    assertTrue(
        result.getJsonArray("warnings").toString().contains("does not exist"), result.toString());
    Api.get("/sessions/" + foreign, "Authorization", otherAdmin).expect(200);
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "import viewer", "viewer");
    Api.post("/imports", document, "Authorization", Credentials.bearer(viewer)).problem(403);
  }

  /** A minimal canonical document with a user and an assistant message. */
  static String document(String tag, String secondRole, String text) {
    return Json.createObjectBuilder()
        .add("schemaVersion", 4)
        .add(
            "session",
            Json.createObjectBuilder()
                .add("agent", "aider")
                .add("tags", Json.createArrayBuilder().add(tag))
                .add("status", "completed")
                .add("createdAt", "2025-01-02T03:04:05.123456Z"))
        .add(
            "messages",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "user").add("content", text))
                .add(Json.createObjectBuilder().add("role", secondRole).add("content", "reply")))
        .build()
        .toString();
  }
}
