package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.LibertyServer;
import dev.sessionvault.it.support.Reply;
import dev.sessionvault.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Durability: everything the API acknowledged is there after the server restarts, whether it was
 * stopped cleanly or killed with SIGKILL in the middle of writes. Runs after the end-to-end suite,
 * on the same test server and database, driving the server itself; each test leaves it running.
 */
@ExtendWith(TestServer.class)
class RestartIT {
  /**
   * The tests whose outcome depends on the database (durability across a restart and a SIGKILL, an
   * unreachable database); the others test the application's own startup and timers, the same on
   * every database, and run on H2 only (each restart costs about 25 s).
   */
  static final String ON_EVERY_DATABASE = "on-every-database";

  @Test
  @Tag(ON_EVERY_DATABASE)
  void everythingIsStillThereAfterARestart() throws Exception {
    String id =
        createSession(
                session("claude_code")
                    .add("name", "survives restarts")
                    .add("tags", Json.createArrayBuilder().add("durable"))
                    .add("metadata", Json.createObjectBuilder().add("k", "v")))
            .getString("id");
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 1; i <= 50; i++) {
      batch.add(message(i % 2 == 0 ? "assistant" : "user", "line " + i));
    }
    Api.post("/sessions/" + id + "/messages", batch.build().toString()).expect(201);
    Api.put("/sessions/" + id + "/todos", "[{\"content\":\"keep me\",\"status\":\"in_progress\"}]")
        .expect(200);
    Api.post("/sessions/" + id + "/interactions", "{\"command\":\"make\",\"exitCode\":2}")
        .expect(201);
    Api.post("/sessions/" + id + "/status", "{\"status\":\"idle\"}").expect(200);
    Snapshot before = Snapshot.of(id);

    LibertyServer.TEST.stop();
    LibertyServer.TEST.start();

    assertEquals(before, Snapshot.of(id));
  }

  /**
   * The server's own schedule, started here every second or two (production: nightly, and every
   * minute): the policy deletes an old session, a trash entry whose grace period ended (moved into
   * the past in the database while the server is down) is purged, and an active session that went
   * quiet for its idle timeout becomes idle; each is audited with the system as the actor.
   */
  @Test
  void theTimersApplyThePolicyPurgeExpiredTrashAndIdleQuietSessions() throws Exception {
    UUID account = Credentials.createAccount("timers");
    Credentials.Key admin = Credentials.createKeyWithId(account, "timers admin", "admin");
    String auth = admin.bearer();
    Instant now = Instant.now();
    String old = importSession(auth, "completed", now.minus(Duration.ofDays(100)), null);
    String quiet = importSession(auth, "active", now.minus(Duration.ofMinutes(10)), 5);
    String busy = importSession(auth, "active", now.minus(Duration.ofMinutes(2)), 60);
    String deleted =
        Api.post("/sessions", "{\"agent\":\"aider\"}", "Authorization", auth)
            .expect(201)
            .json()
            .getString("id");
    Api.delete("/sessions/" + deleted, "Authorization", auth).expect(204);
    Api.put("/retention", "{\"maxAgeDays\":30}", "Authorization", auth).expect(200);

    LibertyServer.TEST.stop();
    try {
      try (Connection db = database();
          PreparedStatement expire =
              db.prepareStatement(
                  "update trashed_sessions set purge_after = trashed_at where session_id = ?")) {
        expire.setObject(1, UUID.fromString(deleted));
        assertEquals(1, expire.executeUpdate());
      }
      LibertyServer.TEST.start(
          Map.of(
              "SESSIONVAULT_RETENTION_SCHEDULE", "PT2S", "SESSIONVAULT_IDLE_CHECK_SECONDS", "1"));
      long deadline = System.nanoTime() + 60_000_000_000L;
      JsonObject trash;
      while (true) {
        trash = Api.get("/trash", "Authorization", auth).expect(200).json();
        boolean purged =
            trash.getJsonArray("items").stream()
                .noneMatch(e -> e.asJsonObject().getString("sessionId").equals(deleted));
        boolean trashed =
            trash.getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getString("sessionId").equals(old));
        String status =
            Api.get("/sessions/" + quiet, "Authorization", auth)
                .expect(200)
                .json()
                .getString("status");
        if (purged && trashed && status.equals("idle")) {
          break;
        }
        assertTrue(System.nanoTime() < deadline, "the timers did their work within 60 s: " + trash);
        Thread.sleep(250);
      }
      Api.get("/sessions/" + old, "Authorization", auth).problem(404);
      assertEquals(
          "active",
          Api.get("/sessions/" + busy, "Authorization", auth)
              .expect(200)
              .json()
              .getString("status"),
          "a session within its timeout stays active");
      JsonObject run =
          Api.get("/audit?action=retention.run", "Authorization", auth).expect(200).items().stream()
              .map(JsonValue::asJsonObject)
              .filter(r -> r.getJsonObject("detail").getInt("trashed") == 1)
              .findFirst()
              .orElseThrow();
      assertEquals("system", run.getString("actorKind"), run.toString());
      assertEquals(1, run.getJsonObject("detail").getInt("purged"), run.toString());
      JsonObject idled =
          Api.get("/audit?action=session.idle", "Authorization", auth)
              .expect(200)
              .items()
              .getJsonObject(0);
      assertEquals("system", idled.getString("actorKind"));
      assertEquals(quiet, idled.getString("targetId"));

      // the next message makes it active again
      Api.post(
              "/sessions/" + quiet + "/messages",
              "{\"role\":\"user\",\"content\":\"back\"}",
              "Authorization",
              auth)
          .expect(201);
      assertEquals(
          "active",
          Api.get("/sessions/" + quiet, "Authorization", auth)
              .expect(200)
              .json()
              .getString("status"));
    } finally {
      LibertyServer.TEST.stop();
      LibertyServer.TEST.start();
    }
  }

  /** The test server's database, as the build configured it for this suite. */
  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.jdbc.url"),
        System.getProperty("it.jdbc.user"),
        System.getProperty("it.jdbc.password", ""));
  }

  /** An imported session that last saw activity at {@code lastActivity}. */
  private static String importSession(
      String auth, String status, Instant lastActivity, Integer idleTimeoutMinutes) {
    JsonObjectBuilder session =
        Json.createObjectBuilder()
            .add("agent", "aider")
            .add("status", status)
            .add("createdAt", lastActivity.minus(Duration.ofHours(1)).toString())
            .add("lastActivityAt", lastActivity.toString());
    if (status.equals("completed")) {
      session.add("closedAt", lastActivity.toString());
    }
    if (idleTimeoutMinutes != null) {
      session.add(
          "config", Json.createObjectBuilder().add("idleTimeoutMinutes", idleTimeoutMinutes));
    }
    String document =
        Json.createObjectBuilder()
            .add("schemaVersion", 4)
            .add("session", session)
            .add(
                "messages",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("role", "user")
                            .add("content", "hello")
                            .add("timestamp", lastActivity.toString())))
            .build()
            .toString();
    return Api.post("/imports", document, "Authorization", auth)
        .expect(201)
        .json()
        .getJsonArray("sessions")
        .getJsonObject(0)
        .getString("id");
  }

  /**
   * Readiness follows the database: with PostgreSQL refusing connections (and the server's own cut
   * off) the server is alive but not ready, and says why; it is ready again once the database is
   * back. (The embedded H2 cannot be stopped under a running server.)
   */
  @Test
  @Tag(ON_EVERY_DATABASE)
  void readinessFailsWhileTheDatabaseIsUnreachable() throws Exception {
    String url = System.getProperty("it.jdbc.url");
    Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"), "PostgreSQL only");
    String database = url.substring(url.lastIndexOf('/') + 1);
    // PostgreSQL refuses to disallow connections to the database the statement runs in
    String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection db =
            DriverManager.getConnection(
                maintenance,
                System.getProperty("it.jdbc.user"),
                System.getProperty("it.jdbc.password", ""));
        Statement sql = db.createStatement()) {
      try {
        sql.execute("alter database " + database + " allow_connections false");
        sql.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "' and pid <> pg_backend_pid()");
        long deadline = System.nanoTime() + 30_000_000_000L;
        Reply ready;
        while ((ready = Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE))
                .status()
            != 503) {
          assertTrue(System.nanoTime() < deadline, "not ready without a database: " + ready);
          Thread.sleep(250);
        }
        assertTrue(ready.body().contains("\"database\""), ready.toString());
        assertTrue(ready.body().contains("the database does not answer"), ready.toString());
        assertEquals(
            200,
            Api.get(Api.ROOT + "/health/live", "Authorization", Credentials.NONE).status(),
            "alive all the same");
      } finally {
        sql.execute("alter database " + database + " allow_connections true");
      }
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE).status() != 200) {
      assertTrue(System.nanoTime() < deadline, "ready again once the database is back");
      Thread.sleep(250);
    }
    Api.post("/sessions", "{\"agent\":\"aider\"}").expect(201);
  }

  /** Someone with database access edits the trail while the server is down; verify finds it. */
  @Test
  void anAuditRecordAlteredInTheDatabaseIsReported() throws Exception {
    UUID account = Credentials.createAccount("tamper");
    Credentials.Key admin = Credentials.createKeyWithId(account, "tamper admin", "admin");
    for (int i = 0; i < 3; i++) {
      Api.post("/sessions", "{\"agent\":\"aider\"}", "Authorization", admin.bearer()).expect(201);
    }
    JsonObject before =
        Api.get("/audit/verify", "Authorization", admin.bearer()).expect(200).json();
    assertTrue(before.getBoolean("intact"), before.toString());
    assertTrue(before.getJsonNumber("recordsChecked").longValue() >= 5, before.toString());

    LibertyServer.TEST.stop();
    try {
      try (Connection db = database();
          PreparedStatement alter =
              db.prepareStatement(
                  "update audit_records set detail = '{\"quiet\":true}' where chain = ? and seq = 3")) {
        alter.setString(1, account.toString());
        assertEquals(1, alter.executeUpdate());
      }
    } finally {
      LibertyServer.TEST.start();
    }

    JsonObject after = Api.get("/audit/verify", "Authorization", admin.bearer()).expect(200).json();
    assertEquals(false, after.getBoolean("intact"), after.toString());
    assertEquals(3, after.getJsonNumber("brokenAtSeq").longValue());
    assertEquals(2, after.getJsonNumber("recordsChecked").longValue());
    assertTrue(after.getString("problem").contains("altered"), after.toString());
  }

  /**
   * The short version of the benchmark's crash run: four clients append batches and single
   * messages, the server is killed with SIGKILL in the middle, and after the restart every
   * acknowledged message is stored and searchable within seconds, from the outbox and without a
   * rebuild, no batch is half there, the index holds one document per row, and every session's
   * aggregates are the sums of its stored messages.
   */
  @Test
  @Tag(ON_EVERY_DATABASE)
  void acknowledgedWritesSurviveKillMinus9() throws Exception {
    String word = "crash" + UUID.randomUUID().toString().replace("-", "");
    int writers = 4;
    List<String> sessions = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String id = createSession(session("codex").add("name", "killed mid-write")).getString("id");
      Api.post("/sessions/" + id + "/status", "{\"status\":\"active\"}").expect(200);
      sessions.add(id);
    }
    // Each writer appends to its own session and remembers what the server acknowledged: a
    // batch is "b<n>-<i>" for i < BATCH, a single message "s<n>".
    List<Set<String>> acknowledged = new ArrayList<>();
    AtomicBoolean serverUp = new AtomicBoolean(true);
    CountDownLatch enoughWritten = new CountDownLatch(writers * 30);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Set<String> mine = ConcurrentHashMap.newKeySet();
      acknowledged.add(mine);
      String id = sessions.get(w);
      Thread writer =
          new Thread(
              () -> {
                for (int n = 1; serverUp.get(); n++) {
                  try {
                    List<String> ids = new ArrayList<>();
                    JsonArrayBuilder batch = Json.createArrayBuilder();
                    int size = n % 3 == 0 ? 1 : BATCH;
                    for (int i = 0; i < size; i++) {
                      String externalId = size == 1 ? "s" + n : "b" + n + "-" + i;
                      ids.add(externalId);
                      batch.add(crashMessage(externalId, word, n));
                    }
                    Api.post("/sessions/" + id + "/messages", batch.build().toString()).expect(201);
                    mine.addAll(ids);
                    enoughWritten.countDown();
                  } catch (RuntimeException | AssertionError e) {
                    return; // the server went away mid-request: never acknowledged
                  }
                }
              });
      writer.start();
      threads.add(writer);
    }
    assertTrue(enoughWritten.await(2, TimeUnit.MINUTES), "the writers got going");
    // the last rebuild before the crash (earlier tests may have run one): the restart runs none
    JsonValue lastRebuild =
        Api.get("/admin/reindex", "Authorization", Credentials.operator())
            .expect(200)
            .json()
            .get("startedAt");
    Thread.sleep(ThreadLocalRandom.current().nextInt(500));
    LibertyServer.TEST.kill();
    serverUp.set(false);
    for (Thread writer : threads) {
      writer.join(TimeUnit.MINUTES.toMillis(2));
    }

    long restarted = System.nanoTime();
    LibertyServer.TEST.start();
    JsonObject status = awaitCaughtUp();
    double seconds = (System.nanoTime() - restarted) / 1e9;
    assertTrue(seconds < 60, "searchable again " + seconds + " s after the restart began");
    assertEquals(
        lastRebuild, status.getJsonObject("rebuild").get("startedAt"), "no rebuild: " + status);
    assertEquals(
        status.getJsonNumber("rows").longValue(),
        status.getJsonNumber("documents").longValue(),
        "one document per row: " + status);

    long stored = 0;
    for (int w = 0; w < writers; w++) {
      String id = sessions.get(w);
      JsonObject session = Api.get("/sessions/" + id).expect(200).json();
      assertEquals("active", session.getString("status"));
      List<JsonObject> messages = allMessages(id);
      Set<String> present = new HashSet<>();
      long input = 0;
      for (int i = 0; i < messages.size(); i++) {
        JsonObject message = messages.get(i);
        assertEquals(i + 1, message.getInt("seq"), "gapless after the crash");
        present.add(message.getString("externalId"));
        input += message.getJsonObject("tokens").getJsonNumber("input").longValue();
      }
      assertTrue(
          present.containsAll(acknowledged.get(w)),
          "every acknowledged message is stored (" + acknowledged.get(w).size() + ")");
      for (String externalId : present) {
        if (externalId.startsWith("b")) {
          String batch = externalId.substring(0, externalId.indexOf('-') + 1);
          for (int i = 0; i < BATCH; i++) {
            assertTrue(present.contains(batch + i), "batch " + batch + " is whole");
          }
        }
      }
      assertEquals(messages.size(), session.getJsonNumber("messageCount").longValue());
      assertEquals(input, session.getJsonNumber("inputTokens").longValue());
      stored += messages.size();
    }
    // every stored message, acknowledged or not, is found exactly once
    assertEquals(
        stored, searchWhenReady("q=" + word + "&size=1").getJsonNumber("total").longValue());
    // The conversation goes on where it stopped.
    String first = sessions.get(0);
    long count = Api.get("/sessions/" + first).json().getJsonNumber("messageCount").longValue();
    JsonObject next =
        Api.post("/sessions/" + first + "/messages", message("user", "after the crash").toString())
            .expect(201)
            .json();
    assertEquals(count + 1, next.getInt("seq"));
  }

  private static final int BATCH = 20;

  /** The whole conversation, page by page. */
  private static List<JsonObject> allMessages(String id) {
    List<JsonObject> all = new ArrayList<>();
    while (true) {
      JsonArray page =
          Api.get("/sessions/" + id + "/messages?limit=1000&afterSeq=" + all.size())
              .expect(200)
              .items();
      page.forEach(message -> all.add(message.asJsonObject()));
      if (page.size() < 1000) {
        return all;
      }
    }
  }

  private static JsonObject crashMessage(String externalId, String word, int n) {
    return Json.createObjectBuilder()
        .add("externalId", externalId)
        .add("role", n % 2 == 0 ? "user" : "assistant")
        .add("content", word + " write " + externalId)
        .add("tokens", Json.createObjectBuilder().add("input", 3))
        .build();
  }

  /**
   * The index status once every committed change is searchable (after a restart: from the outbox).
   */
  private static JsonObject awaitCaughtUp() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      JsonObject status =
          Api.get("/admin/index?counts=true", "Authorization", Credentials.operator())
              .expect(200)
              .json();
      if (status.getBoolean("caughtUp")) {
        return status;
      }
      assertTrue(System.nanoTime() < deadline, "the index did not catch up: " + status);
      Thread.sleep(100);
    }
  }

  @Test
  void aSecretStoredBeforeRedactionIsStillRedactedWhenItLeaves() throws Exception {
    String token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    LibertyServer.TEST.stop();
    LibertyServer.TEST.start(Map.of("SESSIONVAULT_REDACTION_ON_INGEST", "false"));
    String id = createSession().getString("id");
    Reply stored =
        Api.post("/sessions/" + id + "/messages", message("user", "push with " + token).toString());
    assertEquals(201, stored.status(), stored.toString());
    assertEquals(null, stored.header("Session-Vault-Redactions"), "nothing redacted on the way in");
    LibertyServer.TEST.stop();
    LibertyServer.TEST.start();
    assertTrue(
        Api.get("/sessions/" + id + "/messages/1").expect(200).body().contains(token),
        "stored as it was sent while ingest redaction was off");
    for (String format : List.of("json", "jsonl", "markdown", "html")) {
      String exported = Api.get("/sessions/" + id + "/export?format=" + format).expect(200).body();
      assertFalse(exported.contains(token), format + " leaks the token: " + exported);
      assertTrue(exported.contains("[REDACTED:github-token]"), format);
      assertTrue(exported.contains("github-token"), format + " says what it redacted");
    }
  }

  @Test
  void aDeletedIndexIsRebuiltAtStartupWhileTheServerServes() throws Exception {
    String word = "rebuilt" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession(session("aider").add("name", "indexed " + word)).getString("id");
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 1; i <= 500; i++) {
      batch.add(message("user", "message " + i + " about " + word));
    }
    Api.post("/sessions/" + id + "/messages", batch.build().toString()).expect(201);
    assertEquals(500, searchWhenReady("q=" + word).getInt("total"));

    LibertyServer.TEST.stop();
    Path index = LibertyServer.TEST.dataDir().resolve("index");
    assertTrue(Files.isDirectory(index), "the index lives in " + index);
    try (Stream<Path> files = Files.walk(index)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
    LibertyServer.TEST.start();

    // Served at once: search answers 503 with Retry-After until the rebuild is done, then all.
    assertEquals(500, searchWhenReady("q=" + word).getInt("total"));
    JsonObject rebuild =
        Api.get("/admin/reindex", "Authorization", Credentials.operator()).expect(200).json();
    assertEquals("completed", rebuild.getString("state"));
    assertTrue(rebuild.getString("reason").contains("missing"), rebuild.toString());
    assertTrue(rebuild.getJsonNumber("done").longValue() >= 501, rebuild.toString());
    assertEquals(id, Api.get("/sessions/" + id).expect(200).json().getString("id"));
  }

  @Test
  void anIndexOfAnOlderLayoutIsDroppedAndRebuiltAtStartup() throws Exception {
    String word = "relaid" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession(session("aider").add("name", "layout " + word)).getString("id");
    Api.post("/sessions/" + id + "/messages", message("user", "before " + word).toString())
        .expect(201);
    assertEquals(1, searchWhenReady("q=" + word).getInt("total"));

    LibertyServer.TEST.stop();
    Path marker =
        LibertyServer.TEST.dataDir().resolve("index").resolve("sessionvault-index.properties");
    String properties = Files.readString(marker, StandardCharsets.ISO_8859_1);
    assertTrue(properties.contains("layout="), properties);
    Files.writeString(
        marker, properties.replaceAll("layout=\\S+", "layout=0"), StandardCharsets.ISO_8859_1);
    LibertyServer.TEST.start();

    assertEquals(1, searchWhenReady("q=" + word).getInt("total"));
    JsonObject rebuild =
        Api.get("/admin/reindex", "Authorization", Credentials.operator()).expect(200).json();
    assertEquals("completed", rebuild.getString("state"));
    assertTrue(rebuild.getString("reason").contains("layout"), rebuild.toString());
    // the new indexes take writes: a message is found as soon as it is acknowledged
    Api.post("/sessions/" + id + "/messages", message("user", "after " + word).toString())
        .expect(201);
    JsonObject found = Api.get("/search?q=" + word + "&size=5").expect(200).json();
    assertEquals(2, found.getInt("total"));
  }

  /** Searches, waiting out a rebuild: a 503 must be a problem document with Retry-After. */
  private static JsonObject searchWhenReady(String parameters) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (true) {
      Reply reply = Api.get("/search?" + parameters);
      if (reply.status() != 503 || System.nanoTime() > deadline) {
        return reply.expect(200).json();
      }
      JsonObject problem = reply.problem(503);
      assertTrue(problem.getString("detail").contains("rebuilt"), problem.toString());
      assertTrue(Integer.parseInt(reply.header("Retry-After")) >= 1);
      Thread.sleep(250);
    }
  }

  /** What a client can read of a session. */
  private record Snapshot(
      JsonObject session, JsonArray messages, JsonObject todos, JsonObject interactions) {
    static Snapshot of(String id) {
      return new Snapshot(
          Api.get("/sessions/" + id).expect(200).json(),
          Api.get("/sessions/" + id + "/messages?limit=1000").expect(200).items(),
          Api.get("/sessions/" + id + "/todos").expect(200).json(),
          Api.get("/sessions/" + id + "/interactions").expect(200).json());
    }
  }
}
