package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.LibertyServer;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Durability: everything the API acknowledged is there after the server restarts, whether it was
 * stopped cleanly or killed with SIGKILL in the middle of writes. Runs after the Arquillian suite,
 * on the same test server and database, driving the server itself.
 */
class RestartIT {

  @BeforeAll
  static void deployAndStart() throws Exception {
    LibertyServer.deploy();
    LibertyServer.start();
  }

  @AfterAll
  static void stopAndUndeploy() throws Exception {
    try {
      LibertyServer.stop();
    } finally {
      LibertyServer.undeploy();
    }
  }

  @Test
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

    LibertyServer.stop();
    LibertyServer.start();

    assertEquals(before, Snapshot.of(id));
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

    LibertyServer.stop();
    try {
      try (Connection db =
              DriverManager.getConnection(
                  System.getProperty("it.jdbc.url"),
                  System.getProperty("it.jdbc.user"),
                  System.getProperty("it.jdbc.password", ""));
          PreparedStatement alter =
              db.prepareStatement(
                  "update audit_records set detail = '{\"quiet\":true}' where chain = ? and seq = 3")) {
        alter.setString(1, account.toString());
        assertEquals(1, alter.executeUpdate());
      }
    } finally {
      LibertyServer.start();
    }

    JsonObject after = Api.get("/audit/verify", "Authorization", admin.bearer()).expect(200).json();
    assertEquals(false, after.getBoolean("intact"), after.toString());
    assertEquals(3, after.getJsonNumber("brokenAtSeq").longValue());
    assertEquals(2, after.getJsonNumber("recordsChecked").longValue());
    assertTrue(after.getString("problem").contains("altered"), after.toString());
  }

  @Test
  void acknowledgedWritesSurviveKillMinus9() throws Exception {
    String id = createSession(session("codex").add("name", "killed mid-write")).getString("id");
    Api.post("/sessions/" + id + "/status", "{\"status\":\"active\"}").expect(200);

    // A writer appends one message at a time and remembers what the server acknowledged.
    Map<Integer, Integer> acknowledged = new ConcurrentHashMap<>();
    AtomicBoolean serverUp = new AtomicBoolean(true);
    CountDownLatch enoughWritten = new CountDownLatch(100);
    Thread writer =
        new Thread(
            () -> {
              for (int n = 1; serverUp.get(); n++) {
                try {
                  JsonObject message =
                      Json.createObjectBuilder()
                          .add("externalId", "w-" + n)
                          .add("role", "user")
                          .add("content", "write " + n)
                          .build();
                  JsonObject stored =
                      Api.post("/sessions/" + id + "/messages", message.toString())
                          .expect(201)
                          .json();
                  acknowledged.put(n, stored.getInt("seq"));
                  enoughWritten.countDown();
                } catch (RuntimeException e) {
                  return; // the server went away mid-request: this write was never acknowledged
                }
              }
            });
    writer.start();
    assertTrue(enoughWritten.await(2, TimeUnit.MINUTES), "the writer got going");
    LibertyServer.kill();
    serverUp.set(false);
    writer.join(TimeUnit.MINUTES.toMillis(2));

    LibertyServer.start();

    JsonObject session = Api.get("/sessions/" + id).expect(200).json();
    assertEquals("active", session.getString("status"));
    long count = session.getJsonNumber("messageCount").longValue();
    assertTrue(
        count >= acknowledged.size(),
        "lost acknowledged writes: " + count + " < " + acknowledged.size());
    JsonArray stored = Api.get("/sessions/" + id + "/messages?limit=1000").expect(200).items();
    assertEquals(count, stored.size(), "the aggregate matches the stored conversation");
    for (int i = 0; i < stored.size(); i++) {
      assertEquals(i + 1, stored.getJsonObject(i).getInt("seq"), "gapless after the crash");
    }
    acknowledged.forEach(
        (n, seq) -> {
          JsonObject message = stored.getJsonObject(seq - 1);
          assertEquals("w-" + n, message.getString("externalId"));
          assertEquals("write " + n, message.getString("content"));
        });
    // The index kept every acknowledged write too: search finds each of them.
    for (int n : acknowledged.keySet()) {
      JsonObject hits = searchWhenReady("q=" + n + "&agent=codex&role=user&size=100");
      assertTrue(
          hits.getJsonArray("hits").stream()
              .anyMatch(hit -> hit.asJsonObject().getString("sessionId").equals(id)),
          "write " + n + " is searchable after the crash");
    }
    // The conversation goes on where it stopped.
    JsonObject next =
        Api.post("/sessions/" + id + "/messages", message("user", "after the crash").toString())
            .expect(201)
            .json();
    assertEquals(count + 1, next.getInt("seq"));
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

    LibertyServer.stop();
    Path index = LibertyServer.dataDir().resolve("index");
    assertTrue(Files.isDirectory(index), "the index lives in " + index);
    try (Stream<Path> files = Files.walk(index)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
    LibertyServer.start();

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

    LibertyServer.stop();
    Path marker = LibertyServer.dataDir().resolve("index").resolve("sessionvault-index.properties");
    String properties = Files.readString(marker, StandardCharsets.ISO_8859_1);
    assertTrue(properties.contains("layout="), properties);
    Files.writeString(
        marker, properties.replaceAll("layout=\\S+", "layout=0"), StandardCharsets.ISO_8859_1);
    LibertyServer.start();

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
