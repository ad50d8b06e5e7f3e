package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.Credentials.Key;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention as an account's admin uses it: a policy previewed before it deletes anything, a run
 * that deletes exactly what the preview listed, exempt sessions that stay, the trash that gives a
 * session back whole, and a quota that warns and then stops new content while reads go on. Each
 * test works in an account of its own, whose policy no other test touches. Ages come from imported
 * sessions, which keep the times of their documents.
 */
class RetentionIT extends EndToEndTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private UUID account;
  private Key admin;
  private String word;

  @BeforeEach
  void createAccount() {
    account = Credentials.createAccount("retention");
    admin = Credentials.createKeyWithId(account, "retention admin", "admin");
    word = "kept" + UUID.randomUUID().toString().replace("-", "");
  }

  @Test
  void theDefaultPolicyKeepsEverythingAndABadPolicyIsRefusedWithoutAChange() {
    Reply read = as("GET", "/retention", null).expect(200);
    JsonObject policy = read.json();
    assertTrue(policy.isNull("maxAgeDays") && policy.isNull("maxSessions"), policy.toString());
    assertTrue(policy.isNull("quotaBytes"), policy.toString());
    assertEquals(List.of("keep", "pinned"), strings(policy, "exemptTags"));
    assertEquals(7, policy.getInt("trashDays"));
    String etag = read.header("ETag");

    String project = createProject();
    as("PUT", "/retention", "{\"maxAgeDays\":0}").problem(400);
    as("PUT", "/retention", "{\"maxSessions\":-1}").problem(400);
    as("PUT", "/retention", "{\"exemptTags\":[\"Not A Tag\"]}").problem(400);
    as("PUT", "/retention", "{\"forever\":true}").problem(400);
    JsonObject unknownProject =
        as("PUT", "/retention", "{\"projects\":[{\"projectId\":\"" + UUID.randomUUID() + "\"}]}")
            .problem(400);
    assertTrue(
        unknownProject.toString().contains("projects[0].projectId"), unknownProject.toString());
    as(
            "PUT",
            "/retention",
            "{\"projects\":[{\"projectId\":\""
                + project
                + "\",\"maxAgeDays\":5},{\"projectId\":\""
                + project
                + "\"}]}")
        .problem(400);
    String viewer = Credentials.createKey(account, "retention viewer", "viewer");
    Api.put("/retention", "{\"maxAgeDays\":1}", "Authorization", Credentials.bearer(viewer))
        .problem(403);
    assertEquals(policy, as("GET", "/retention", null).expect(200).json(), "nothing changed");

    JsonObject changed =
        Api.put(
                "/retention",
                "{\"maxAgeDays\":90,\"idleTimeoutMinutes\":30,\"projects\":[{\"projectId\":\""
                    + project
                    + "\",\"maxSessions\":10}]}",
                "Authorization",
                admin.bearer(),
                "If-Match",
                etag)
            .expect(200)
            .json();
    assertEquals(90, changed.getInt("maxAgeDays"));
    assertEquals(30, changed.getInt("idleTimeoutMinutes"));
    JsonObject override = changed.getJsonArray("projects").getJsonObject(0);
    assertEquals(project, override.getString("projectId"));
    assertEquals(10, override.getInt("maxSessions"));
    assertTrue(override.isNull("maxAgeDays"), "a project's limits replace the account's");
    Api.put("/retention", "{}", "Authorization", admin.bearer(), "If-Match", etag).problem(412);
    assertEquals(changed, as("GET", "/retention", null).expect(200).json());
  }

  @Test
  void theRunDeletesExactlyWhatThePreviewListedAndExemptSessionsSurvive() {
    String project = createProject();
    String old = importSession("old", "completed", days(400), List.of(), null);
    String oldButKept =
        importSession("old but kept", "completed", days(400), List.of("keep"), null);
    String recent = importSession("recent", "active", days(10), List.of(), null);
    String projectOld = importSession("in the project", "idle", days(40), List.of(), project);
    String elsewhere = importSession("elsewhere", "idle", days(40), List.of(), null);
    as(
            "PUT",
            "/retention",
            "{\"maxAgeDays\":365,\"projects\":[{\"projectId\":\""
                + project
                + "\",\"maxAgeDays\":30}]}")
        .expect(200);

    JsonObject preview = as("POST", "/retention/preview", null).expect(200).json();
    assertFalse(preview.getBoolean("applied"));
    assertEquals(List.of(old, projectOld), ids(preview), "oldest first: " + preview);
    JsonObject first = preview.getJsonArray("sessions").getJsonObject(0);
    assertEquals("max_age", first.getString("reason"));
    assertEquals("old", first.getString("name"));
    assertTrue(first.getInt("ageDays") >= 399, first.toString());
    assertTrue(first.getJsonNumber("storageBytes").longValue() > 0, first.toString());
    assertEquals(2, preview.getInt("totalSessions"));
    assertEquals(2, preview.getInt("totalMessages"));
    as("GET", "/sessions/" + old, null).expect(200); // a preview deletes nothing

    JsonObject run = as("POST", "/retention/run", null).expect(200).json();
    assertTrue(run.getBoolean("applied"));
    assertEquals(ids(preview), ids(run), "the run deletes what the preview listed");
    as("GET", "/sessions/" + old, null).problem(404);
    as("GET", "/sessions/" + projectOld, null).problem(404);
    for (String stays : List.of(oldButKept, recent, elsewhere)) {
      as("GET", "/sessions/" + stays, null).expect(200);
    }
    Api.awaitIndexed();
    JsonObject hits = as("GET", "/search?q=" + word, null).expect(200).json();
    assertEquals(3, hits.getInt("total"), "the deleted sessions' hits are gone: " + hits);

    JsonObject trash = as("GET", "/trash", null).expect(200).json();
    assertEquals(2, trash.getInt("total"));
    JsonObject entry = trash.getJsonArray("items").getJsonObject(0);
    assertEquals("max_age", entry.getString("reason"));
    Instant trashedAt = Instant.parse(entry.getString("trashedAt"));
    assertEquals(trashedAt.plus(Duration.ofDays(7)), Instant.parse(entry.getString("purgeAfter")));

    JsonObject audit =
        as("GET", "/audit?action=retention.run", null).expect(200).items().getJsonObject(0);
    assertEquals(2, audit.getJsonObject("detail").getInt("trashed"), audit.toString());
    assertEquals("key", audit.getString("actorKind"), "the admin's key ran it");
    JsonObject again = as("POST", "/retention/preview", null).expect(200).json();
    assertEquals(0, again.getInt("totalSessions"), "nothing left to delete: " + again);
  }

  @Test
  void aMaximumNumberKeepsTheNewestAndADraftIsPreviewedWithoutBeingStored() {
    String oldest = importSession("a", "completed", days(30), List.of(), null);
    String older = importSession("b", "completed", days(20), List.of(), null);
    importSession("pinned", "completed", days(50), List.of("pinned"), null);
    String newer = importSession("c", "completed", days(10), List.of(), null);
    String newest = importSession("d", "active", days(1), List.of(), null);

    JsonObject draft = as("POST", "/retention/preview", "{\"maxSessions\":2}").expect(200).json();
    assertEquals(List.of(oldest, older), ids(draft));
    assertEquals(
        Set.of("max_sessions"),
        draft.getJsonArray("sessions").stream()
            .map(s -> s.asJsonObject().getString("reason"))
            .collect(Collectors.toSet()));
    assertTrue(
        as("GET", "/retention", null).expect(200).json().isNull("maxSessions"),
        "a draft is not stored");
    assertEquals(0, as("POST", "/retention/run", null).expect(200).json().getInt("totalSessions"));

    as("PUT", "/retention", "{\"maxSessions\":2}").expect(200);
    assertEquals(
        List.of(oldest, older), ids(as("POST", "/retention/run", null).expect(200).json()));
    as("GET", "/sessions/" + newer, null).expect(200);
    as("GET", "/sessions/" + newest, null).expect(200);
  }

  @Test
  void aQuotaDeletesTheOldestUntilTheRestFits() {
    String oldest = importSession("a", "completed", days(30), List.of(), null);
    String older = importSession("b", "completed", days(20), List.of(), null);
    String newer = importSession("c", "completed", days(10), List.of(), null);
    long stored = usage().getJsonNumber("storageBytes").longValue();
    long each = stored / 3;
    assertTrue(each > 0, usage().toString());

    // room for one session and a half: the two oldest go
    as("PUT", "/retention", "{\"quotaBytes\":" + (each * 3 / 2) + "}").expect(200);
    JsonObject preview = as("POST", "/retention/preview", null).expect(200).json();
    assertEquals(List.of(oldest, older), ids(preview));
    assertEquals("quota", preview.getJsonArray("sessions").getJsonObject(0).getString("reason"));
    assertEquals(ids(preview), ids(as("POST", "/retention/run", null).expect(200).json()));
    as("GET", "/sessions/" + newer, null).expect(200);
    JsonObject after = usage();
    assertEquals(1, after.getInt("sessions"));
    assertEquals(2, after.getInt("trashSessions"), "the trash counts against no quota: " + after);
    assertEquals("ok", after.getString("level"), "two thirds of the quota: " + after);
    assertTrue(after.isNull("warnedAt"), "the run took the account below 80 %: " + after);
  }

  @Test
  void atTheQuotaNewContentGets507WhileReadsEditsAndDeletionsGoOn() {
    String session = importSession("a", "active", days(1), List.of(), null);
    String other = importSession("b", "active", days(1), List.of(), null);
    long stored = usage().getJsonNumber("storageBytes").longValue();

    // 90 %: the warning is raised once, in the audit trail and in the usage
    as("PUT", "/retention", "{\"quotaBytes\":" + (stored * 10 / 9) + "}").expect(200);
    JsonObject warned = usage();
    assertEquals("warning", warned.getString("level"), warned.toString());
    assertFalse(warned.isNull("warnedAt"), warned.toString());
    as("PUT", "/retention", "{\"quotaBytes\":" + (stored * 10 / 9) + "}").expect(200);
    as(
            "POST",
            "/sessions/" + session + "/messages",
            "{\"role\":\"user\",\"content\":\"a little more\"}")
        .expect(201);
    assertEquals(
        1,
        as("GET", "/audit?action=storage.quota-warning", null).expect(200).json().getInt("total"),
        "one warning per crossing");

    // at the quota: new content is refused, nothing else is
    as("PUT", "/retention", "{\"quotaBytes\":" + stored + "}").expect(200);
    JsonObject full = usage();
    assertEquals("full", full.getString("level"), full.toString());
    long messages =
        as("GET", "/sessions/" + session, null).expect(200).json().getInt("messageCount");
    JsonObject refused =
        as(
                "POST",
                "/sessions/" + session + "/messages",
                "{\"role\":\"user\",\"content\":\"one more\"}")
            .problem(507);
    assertTrue(refused.getString("detail").contains("quota"), refused.toString());
    assertEquals(stored, refused.getJsonNumber("quotaBytes").longValue());
    as("POST", "/sessions", "{\"agent\":\"aider\"}").problem(507);
    as("POST", "/imports", document("x", "active", days(1), List.of(), null)).problem(507);
    assertEquals(
        messages,
        as("GET", "/sessions/" + session, null).expect(200).json().getInt("messageCount"),
        "the refused message is not stored");
    as("GET", "/sessions/" + session + "/messages", null).expect(200);
    as("GET", "/search?q=" + word, null).expect(200);
    as("PATCH", "/sessions/" + session, "{\"name\":\"renamed\"}").expect(200);
    as("DELETE", "/sessions/" + other, null).expect(204);

    // the deletion made room: writes go on
    as(
            "POST",
            "/sessions/" + session + "/messages",
            "{\"role\":\"user\",\"content\":\"room again\"}")
        .expect(201);
  }

  @Test
  void aRestoredSessionComesBackWithItsMessagesSearchHitsAndTranscript() throws Exception {
    String id = UUID.randomUUID().toString();
    as("POST", "/imports", TranscriptIT.transcript(id, word)).expect(201);
    JsonObject before = as("GET", "/sessions/" + id, null).expect(200).json();
    byte[] transcript = transcriptBytes(id).body();
    Api.awaitIndexed();
    long hits = as("GET", "/search?q=" + word, null).expect(200).json().getInt("total");
    assertTrue(hits > 0);

    as("DELETE", "/sessions/" + id, null).expect(204);
    as("GET", "/sessions/" + id, null).problem(404);
    assertEquals(404, transcriptBytes(id).statusCode());
    Api.awaitIndexed();
    assertEquals(0, as("GET", "/search?q=" + word, null).expect(200).json().getInt("total"));
    JsonObject entry = as("GET", "/trash", null).expect(200).items().getJsonObject(0);
    assertEquals(id, entry.getString("sessionId"));
    assertEquals("deleted", entry.getString("reason"));
    assertEquals(before.getInt("messageCount"), entry.getInt("messages"));

    JsonObject restored =
        as("POST", "/trash/" + entry.getString("id") + "/restore", null).expect(200).json();
    assertEquals(id, restored.getString("id"));
    JsonObject after = as("GET", "/sessions/" + id, null).expect(200).json();
    for (String field :
        List.of(
            "name", "status", "messageCount", "inputTokens", "outputTokens", "lastActivityAt")) {
      assertEquals(before.get(field), after.get(field), field);
    }
    assertEquals(
        new String(transcript, StandardCharsets.UTF_8),
        new String(transcriptBytes(id).body(), StandardCharsets.UTF_8),
        "the kept transcript comes back byte for byte");
    Api.awaitIndexed();
    assertEquals(hits, as("GET", "/search?q=" + word, null).expect(200).json().getInt("total"));
    assertEquals(0, as("GET", "/trash", null).expect(200).json().getInt("total"));
    as("POST", "/trash/" + entry.getString("id") + "/restore", null).problem(404);
    assertEquals(
        1, as("GET", "/audit?action=trash.restore", null).expect(200).json().getInt("total"));

    // purged: gone for good, and the index holds no document of it
    as("DELETE", "/sessions/" + id, null).expect(204);
    String second = as("GET", "/trash", null).expect(200).items().getJsonObject(0).getString("id");
    as("DELETE", "/trash/" + second, null).expect(204);
    as("POST", "/trash/" + second + "/restore", null).problem(404);
    as("DELETE", "/trash/" + second, null).problem(404);
    Api.awaitIndexed();
    assertEquals(0, as("GET", "/search?q=" + word, null).expect(200).json().getInt("total"));
    JsonObject index =
        Api.get("/admin/index?counts=true", "Authorization", Credentials.operator())
            .expect(200)
            .json();
    assertEquals(
        index.getJsonNumber("rows").longValue(),
        index.getJsonNumber("documents").longValue(),
        "one document per row: " + index);
  }

  @Test
  void aSessionSentAgainAfterItsDeletionKeepsTheOldOneInTheTrash() {
    String externalId = "ext-" + UUID.randomUUID();
    JsonObject created =
        as("POST", "/sessions", "{\"agent\":\"aider\",\"externalId\":\"" + externalId + "\"}")
            .expect(201)
            .json();
    as("DELETE", "/sessions/" + created.getString("id"), null).expect(204);
    String again =
        as("POST", "/sessions", "{\"agent\":\"aider\",\"externalId\":\"" + externalId + "\"}")
            .expect(201)
            .json()
            .getString("id");
    String entry = as("GET", "/trash", null).expect(200).items().getJsonObject(0).getString("id");
    JsonObject conflict = as("POST", "/trash/" + entry + "/restore", null).problem(409);
    assertTrue(conflict.getString("detail").contains(again), conflict.toString());
    assertEquals(1, as("GET", "/trash", null).expect(200).json().getInt("total"));
  }

  @Test
  void usageIsShownToTheAccountAndOperatorsAndAccountsAreListedWithIt() {
    importSession("a", "active", days(1), List.of(), null);
    JsonObject usage = usage();
    assertEquals(1, usage.getInt("sessions"));
    assertEquals(1, usage.getInt("messages"));
    assertTrue(usage.getJsonNumber("contentBytes").longValue() >= word.length(), usage.toString());
    assertTrue(usage.isNull("quotaBytes") && usage.isNull("percentUsed"), usage.toString());
    assertEquals("ok", usage.getString("level"));

    String viewer = Credentials.createKey(account, "usage viewer", "viewer");
    Api.get("/accounts/" + account + "/usage", "Authorization", Credentials.bearer(viewer))
        .expect(200);
    Api.get("/accounts/" + account + "/usage", "Authorization", Credentials.operator()).expect(200);
    Api.get(
            "/accounts/" + Credentials.DEFAULT_ACCOUNT + "/usage",
            "Authorization",
            Credentials.bearer(viewer))
        .problem(404);

    JsonObject page =
        Api.get("/accounts?size=200", "Authorization", Credentials.operator()).expect(200).json();
    JsonObject listed =
        page.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("id").equals(account.toString()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the account is listed: " + page));
    assertEquals(1, listed.getJsonObject("usage").getInt("sessions"));
    assertTrue(page.getInt("total") >= 2, page.toString());
    as("GET", "/accounts", null).problem(403);
  }

  private JsonObject usage() {
    return as("GET", "/accounts/" + account + "/usage", null).expect(200).json();
  }

  private String createProject() {
    return as(
            "POST",
            "/projects",
            "{\"key\":\"r" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"p\"}")
        .expect(201)
        .json()
        .getString("id");
  }

  /** An imported session that last saw activity at {@code lastActivity}, with one message. */
  private String importSession(
      String name, String status, Instant lastActivity, List<String> tags, String project) {
    return as("POST", "/imports", document(name, status, lastActivity, tags, project))
        .expect(201)
        .json()
        .getJsonArray("sessions")
        .getJsonObject(0)
        .getString("id");
  }

  private String document(
      String name, String status, Instant lastActivity, List<String> tags, String project) {
    JsonArrayBuilder tagArray = Json.createArrayBuilder();
    tags.forEach(tagArray::add);
    JsonObjectBuilder session =
        Json.createObjectBuilder()
            .add("agent", "aider")
            .add("name", name)
            .add("status", status)
            .add("tags", tagArray)
            .add("createdAt", lastActivity.minus(Duration.ofHours(1)).toString())
            .add("updatedAt", lastActivity.toString())
            .add("lastActivityAt", lastActivity.toString());
    if (status.equals("completed")) {
      session.add("closedAt", lastActivity.toString());
    }
    if (project != null) {
      session.add("projectId", project);
    }
    return Json.createObjectBuilder()
        .add("schemaVersion", 4)
        .add("session", session)
        .add(
            "messages",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("role", "user")
                        .add("content", "about " + word + " and " + name)
                        .add("timestamp", lastActivity.toString())))
        .build()
        .toString();
  }

  private HttpResponse<byte[]> transcriptBytes(String id) {
    return Api.bytes(
        "GET", "/sessions/" + id + "/transcript", null, "Authorization", admin.bearer());
  }

  private static Instant days(int ago) {
    return NOW.minus(Duration.ofDays(ago));
  }

  private static List<String> ids(JsonObject outcome) {
    return outcome.getJsonArray("sessions").stream()
        .map(s -> s.asJsonObject().getString("sessionId"))
        .toList();
  }

  private static List<String> strings(JsonObject object, String member) {
    return object.getJsonArray(member).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private Reply as(String method, String path, String body) {
    return method.equals("PATCH")
        ? Api.patch(path, body, "Authorization", admin.bearer())
        : Api.send(method, path, body, "Authorization", admin.bearer());
  }
}
