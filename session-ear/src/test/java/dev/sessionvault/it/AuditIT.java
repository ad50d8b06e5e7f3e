package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail seen by its users: every change leaves exactly one record with the right fields,
 * failures and denials leave theirs, the chain verifies, exports stream, and each account reads
 * only its own trail. Each test works in an account of its own, so its trail is predictable.
 */
class AuditIT extends EndToEndTest {
  private UUID account;
  private Key admin;
  private Key auditor;

  @BeforeEach
  void createAccount() {
    account = Credentials.createAccount("audit");
    admin = Credentials.createKeyWithId(account, "audit admin", "admin");
    auditor = Credentials.createKeyWithId(account, "audit reader", "auditor");
  }

  private Reply as(Key key, String method, String path, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = key.bearer();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return Api.send(method, path, body, all);
  }

  /** The account's records matching the filter, oldest first. */
  private List<JsonObject> records(String filter) {
    JsonObject page =
        as(auditor, "GET", "/audit?size=200" + (filter.isEmpty() ? "" : "&" + filter), null)
            .expect(200)
            .json();
    List<JsonObject> records =
        new ArrayList<>(page.getJsonArray("items").getValuesAs(JsonObject.class));
    assertEquals(records.size(), page.getJsonNumber("total").longValue(), "one page holds all");
    Collections.reverse(records);
    return records;
  }

  private static List<String> actions(List<JsonObject> records) {
    return records.stream().map(r -> r.getString("action")).toList();
  }

  @Test
  void everyChangeLeavesExactlyOneRecordWithItsFields() {
    String sessionId =
        as(
                admin,
                "POST",
                "/sessions",
                "{\"agent\":\"aider\",\"name\":\"audited\"}",
                "X-Request-Id",
                "req-create-1")
            .expect(201)
            .json()
            .getString("id");
    as(admin, "GET", "/sessions/" + sessionId, null).expect(200);
    as(
            admin,
            "PATCH",
            "/sessions/" + sessionId,
            "{\"name\":\"renamed\",\"tags\":[\"a\"]}",
            "Content-Type",
            "application/merge-patch+json")
        .expect(200);
    as(admin, "POST", "/sessions/" + sessionId + "/status", "{\"status\":\"active\"}").expect(200);
    as(
            admin,
            "POST",
            "/sessions/" + sessionId + "/messages",
            "[{\"role\":\"user\",\"content\":\"one\"},{\"role\":\"assistant\",\"content\":\"two\"}]")
        .expect(201);
    as(
            admin,
            "PUT",
            "/sessions/" + sessionId + "/todos",
            "[{\"content\":\"t\",\"status\":\"pending\"}]")
        .expect(200);
    as(admin, "POST", "/sessions/" + sessionId + "/interactions", "{\"command\":\"make\"}")
        .expect(201);
    String projectId =
        as(admin, "POST", "/projects", "{\"key\":\"audit\",\"name\":\"Audit\"}")
            .expect(201)
            .json()
            .getString("id");
    as(
            admin,
            "PATCH",
            "/projects/" + projectId,
            "{\"name\":\"Audited\"}",
            "Content-Type",
            "application/merge-patch+json")
        .expect(200);
    as(admin, "DELETE", "/projects/" + projectId, null).expect(204);
    as(admin, "DELETE", "/sessions/" + sessionId, null).expect(204);

    List<JsonObject> records = records("actor=" + admin.id());
    assertEquals(
        List.of(
            "key.new-client",
            "session.create",
            "session.update",
            "session.status",
            "message.append",
            "todo.replace",
            "interaction.record",
            "project.create",
            "project.update",
            "project.delete",
            "session.delete"),
        actions(records),
        "one record per change, none for reads");
    for (JsonObject record : records) {
      assertEquals(account.toString(), record.getString("accountId"));
      assertEquals("key", record.getString("actorKind"));
      assertEquals(admin.id(), record.getString("actorId"));
      assertEquals("admin", record.getString("actorRole"));
      assertEquals("success", record.getString("outcome"));
      assertFalse(record.getString("requestId").isBlank());
      assertFalse(record.getString("clientAddress").isBlank());
    }
    JsonObject create = records.get(1);
    assertEquals("session", create.getString("targetType"));
    assertEquals(sessionId, create.getString("targetId"));
    assertEquals("req-create-1", create.getString("requestId"), "the client's request id");
    assertEquals(
        Json.createArrayBuilder().add("name").add("tags").build(),
        records.get(2).getJsonObject("detail").getJsonArray("fields"),
        "the changed field names, not their values");
    assertEquals("active", records.get(3).getJsonObject("detail").getString("to"));
    assertEquals(2, records.get(4).getJsonObject("detail").getInt("created"));
    assertEquals(sessionId, records.get(4).getString("targetId"));
    assertEquals(projectId, records.get(9).getString("targetId"));
    assertFalse(
        records.toString().contains("renamed") || records.toString().contains("\"two\""),
        "no content in the trail: " + records);
  }

  @Test
  void theRequestIdComesBackAndAGeneratedOneIsRecorded() {
    Reply reply = as(admin, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(201);
    String requestId = reply.header("X-Request-Id");
    assertNotNull(requestId, "every response names its request id");
    List<JsonObject> creates = records("action=session.create");
    assertEquals(requestId, creates.get(0).getString("requestId"));
  }

  @Test
  void aChangeThatFailsLeavesAFailureRecordAndNoSuccess() {
    as(admin, "POST", "/sessions", "{\"agent\":\"\"}").expect(400);
    String id =
        as(admin, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(201).json().getString("id");
    as(
            admin,
            "PATCH",
            "/sessions/" + id,
            "{\"name\":\"stale\"}",
            "Content-Type",
            "application/merge-patch+json",
            "If-Match",
            "\"99\"")
        .expect(412);

    List<JsonObject> creates = records("action=session.create");
    assertEquals(
        List.of("failed", "success"), creates.stream().map(r -> r.getString("outcome")).toList());
    assertEquals("constraint-violation", creates.get(0).getJsonObject("detail").getString("error"));
    List<JsonObject> updates = records("action=session.update");
    assertEquals(1, updates.size());
    assertEquals("failed", updates.get(0).getString("outcome"));
    assertEquals(id, updates.get(0).getString("targetId"));
    assertEquals(0, records("action=session.update&outcome=success").size());
    assertEquals(
        JsonValue.NULL,
        as(admin, "GET", "/sessions/" + id, null).expect(200).json().get("name"),
        "the failed change changed nothing");
  }

  @Test
  void refusedRequestsAreRecordedAsDenied() {
    Key viewer = Credentials.createKeyWithId(account, "audit viewer", "viewer");
    as(viewer, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(403);
    Key member = Credentials.createKeyWithId(account, "audit member", "member");
    as(member, "GET", "/audit", null).expect(403);

    List<JsonObject> denied = records("outcome=denied");
    assertEquals(2, denied.size(), denied.toString());
    assertEquals("access.denied", denied.get(0).getString("action"));
    assertEquals(viewer.id(), denied.get(0).getString("actorId"));
    assertEquals("viewer", denied.get(0).getString("actorRole"));
    assertEquals("POST /api/v1/sessions", denied.get(0).getString("targetId"));
    assertEquals(member.id(), denied.get(1).getString("actorId"));
    assertEquals("GET /api/v1/audit", denied.get(1).getString("targetId"));
  }

  @Test
  void theChainVerifiesOverEveryRecord() {
    for (int i = 0; i < 3; i++) {
      as(admin, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(201);
    }
    long total = records("").size();
    JsonObject verdict = as(auditor, "GET", "/audit/verify", null).expect(200).json();
    assertTrue(verdict.getBoolean("intact"), verdict.toString());
    assertEquals(total, verdict.getJsonNumber("recordsChecked").longValue());
    assertEquals(account.toString(), verdict.getString("accountId"));
    List<JsonObject> records = records("");
    for (int i = 1; i < records.size(); i++) {
      assertEquals(records.get(i - 1).getString("hash"), records.get(i).getString("previousHash"));
      assertEquals(
          records.get(i - 1).getJsonNumber("seq").longValue() + 1,
          records.get(i).getJsonNumber("seq").longValue());
    }
  }

  @Test
  void exportsStreamEveryRecordAsJsonLinesAndCsv() {
    for (int i = 0; i < 3; i++) {
      as(admin, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(201);
    }
    List<JsonObject> records = records("");

    Reply jsonl = as(auditor, "GET", "/audit/export", null).expect(200);
    assertTrue(jsonl.header("Content-Type").startsWith("application/x-ndjson"));
    List<JsonObject> lines =
        jsonl
            .body()
            .lines()
            .map(line -> Json.createReader(new StringReader(line)).readObject())
            .toList();
    assertEquals(records, lines, "the same records, oldest first");

    Reply csv =
        as(auditor, "GET", "/audit/export?format=csv&action=session.create", null).expect(200);
    assertTrue(csv.header("Content-Type").startsWith("text/csv"));
    List<String> rows = csv.body().lines().toList();
    assertTrue(rows.get(0).startsWith("id,accountId,seq,occurredAt,actorKind"), rows.get(0));
    assertEquals(4, rows.size(), "a header and three records: " + rows);
    assertTrue(rows.get(1).contains(",session.create,session,"), rows.get(1));
    assertTrue(rows.get(1).contains(",{},"), "an empty detail: " + rows.get(1));
    String keyCreation =
        as(auditor, "GET", "/audit/export?format=csv&action=api-key.create", null)
            .expect(200)
            .body()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertTrue(
        keyCreation.contains(",\"{\"\"role\"\":\"\"admin\"\","),
        "a detail with quotes and commas is quoted, its quotes doubled: " + keyCreation);

    as(auditor, "GET", "/audit/export?format=xml", null).problem(400);
    String secrets = jsonl.body() + csv.body();
    assertFalse(secrets.contains(admin.secret()) || secrets.contains(auditor.secret()));
    assertFalse(secrets.contains(Credentials.OPERATOR_PASSWORD));
  }

  @Test
  void eachAccountReadsOnlyItsOwnTrail() {
    String sessionId =
        as(admin, "POST", "/sessions", "{\"agent\":\"aider\"}").expect(201).json().getString("id");
    UUID other = Credentials.createAccount("audit-other");
    Key otherAdmin = Credentials.createKeyWithId(other, "other admin", "admin");

    as(otherAdmin, "GET", "/audit?account=" + account, null).problem(404);
    as(otherAdmin, "GET", "/audit/verify?account=" + account, null).problem(404);
    as(otherAdmin, "GET", "/audit/export?account=" + account, null).problem(404);
    String theirs =
        as(otherAdmin, "GET", "/audit?size=200&target=" + sessionId, null)
            .expect(200)
            .json()
            .toString();
    assertTrue(theirs.contains("\"total\":0"), theirs);
    String export = as(otherAdmin, "GET", "/audit/export", null).expect(200).body();
    assertFalse(export.contains(account.toString()) || export.contains(sessionId), export);

    JsonArray operatorView =
        Api.get(
                "/audit?account=" + account + "&target=" + sessionId,
                "Authorization",
                Credentials.operator())
            .expect(200)
            .items();
    assertEquals(1, operatorView.size(), "operators read every account's trail");
    JsonObject keyCreation =
        records("action=api-key.create").stream()
            .filter(r -> r.getString("targetId").equals(admin.id()))
            .findFirst()
            .orElseThrow();
    assertEquals("operator", keyCreation.getString("actorRole"));
    assertEquals("user", keyCreation.getString("actorKind"));
    assertEquals("admin", keyCreation.getJsonObject("detail").getString("role"));
    assertFalse(keyCreation.toString().contains(admin.secret()), "never the key");
  }

  @Test
  void onlyAdminsAuditorsAndOperatorsReadTheTrail() {
    as(admin, "GET", "/audit", null).expect(200);
    as(auditor, "GET", "/audit", null).expect(200);
    as(auditor, "GET", "/sessions", null).problem(403);
    for (String role : List.of("member", "viewer")) {
      Key key = Credentials.createKeyWithId(account, "audit " + role, role);
      as(key, "GET", "/audit", null).problem(403);
      as(key, "GET", "/audit/verify", null).problem(403);
      as(key, "GET", "/audit/export", null).problem(403);
    }
    Api.get("/audit", "Authorization", Credentials.operator()).expect(200);
  }

  @Test
  void badFiltersAnswer400WithTheParameter() {
    JsonObject problem =
        as(
                auditor,
                "GET",
                "/audit?outcome=maybe&from=yesterday&actor=42&size=1000&colour=red",
                null)
            .problem(400);
    String fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .sorted()
            .collect(Collectors.joining(","));
    assertEquals("actor,colour,from,outcome,size", fields);
  }

  @Test
  void failedAndNoteworthySignInsAreRecorded() {
    String requestId = "sign-in-" + UUID.randomUUID();
    Api.get(
            "/sessions",
            "Authorization",
            Credentials.basic("operator", "wrong"),
            "X-Request-Id",
            requestId)
        .problem(401);
    Api.get("/sessions", "Authorization", Credentials.bearer(admin.secret() + "x")).problem(401);
    as(admin, "DELETE", "/accounts/" + account + "/api-keys/" + auditor.id(), null).expect(204);
    Api.get("/audit", "Authorization", auditor.bearer()).problem(401);

    JsonObject failure =
        Api.get("/audit?action=login.failure&size=200", "Authorization", Credentials.operator())
            .expect(200)
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> requestId.equals(r.getString("requestId")))
            .findFirst()
            .orElseThrow();
    assertEquals("denied", failure.getString("outcome"));
    assertEquals("user", failure.getString("actorKind"));
    assertEquals("wrong-password", failure.getJsonObject("detail").getString("reason"));
    assertFalse(failure.toString().contains("wrong\""), "never the password tried");

    List<JsonObject> revokedUse =
        Api.get(
                "/audit?account=" + account + "&action=login.failure",
                "Authorization",
                Credentials.operator())
            .expect(200)
            .items()
            .getValuesAs(JsonObject.class);
    assertEquals(1, revokedUse.size(), "the revoked key's attempt, in its account's trail");
    assertEquals(auditor.id(), revokedUse.get(0).getString("actorId"));
    assertEquals("revoked", revokedUse.get(0).getJsonObject("detail").getString("reason"));

    assertFalse(
        Api.get("/audit?action=login.success", "Authorization", Credentials.operator())
            .expect(200)
            .items()
            .isEmpty(),
        "the operator's sign-in from this client is on record");
  }
}
