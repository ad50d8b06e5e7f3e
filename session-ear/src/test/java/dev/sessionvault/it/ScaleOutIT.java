package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.LibertyServer;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL database and one OpenSearch node, the scale-out
 * configuration of README's "Deployment", driven as an operator drives them (start, stop, kill -9):
 * a write on one node is found on the other within the documented bound, either node can die during
 * writes without losing anything it acknowledged, and the cluster's work (a rebuild, the timers)
 * runs once however many nodes are asked.
 */
class ScaleOutIT {
  /**
   * How long nine writes in ten take at most to be searchable on every node (README, "Deployment");
   * the rest within {@link #VISIBILITY_LIMIT}, on this shared two-core machine.
   */
  static final Duration VISIBILITY_BOUND = Duration.ofSeconds(1);

  static final Duration VISIBILITY_LIMIT = Duration.ofSeconds(3);

  private static final LibertyServer A = LibertyServer.TEST;
  private static final LibertyServer B =
      new LibertyServer(
          System.getProperty("it.server.b"),
          "http://localhost:" + Integer.getInteger("it.http.port.b", 9184));

  /** Both nodes run the retention timer every 3 s (production: nightly). */
  private static final Map<String, String> ENVIRONMENT =
      Map.of("SESSIONVAULT_RETENTION_SCHEDULE", "PT3S");

  @BeforeAll
  static void startBoth() throws Exception {
    A.deploy();
    B.deploy();
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> start(B));
    start(A);
    b.join();
  }

  @AfterAll
  static void stopBoth() throws Exception {
    try {
      A.stop();
      B.stop();
    } finally {
      A.undeploy();
      B.undeploy();
    }
  }

  @BeforeEach
  void bothRunning() {
    // a test that killed a node restarts it; one that failed midway leaves it to the next
    for (LibertyServer node : List.of(A, B)) {
      if (!node.answers()) {
        start(node);
      }
    }
  }

  @Test
  void aWriteOnOneNodeIsFoundOnTheOtherWithinTheBound() throws Exception {
    String id = createSession(session("claude_code").add("name", "two nodes")).getString("id");
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String word = "nodeword" + UUID.randomUUID().toString().replace("-", "");
      LibertyServer writer = i % 2 == 0 ? A : B;
      LibertyServer reader = writer == A ? B : A;
      Api.post(
              writer.root() + "/api/v1/sessions/" + id + "/messages",
              "{\"role\":\"user\",\"content\":\"note " + word + "\"}")
          .expect(201);
      long acknowledged = System.nanoTime();
      long found = awaitFound(reader, "q=" + word, 1, Duration.ofSeconds(30));
      delays.add(TimeUnit.NANOSECONDS.toMillis(found - acknowledged));
    }
    Collections.sort(delays);
    long ninetieth = delays.get(delays.size() * 9 / 10 - 1);
    long worst = delays.get(delays.size() - 1);
    assertTrue(
        ninetieth <= VISIBILITY_BOUND.toMillis() && worst <= VISIBILITY_LIMIT.toMillis(),
        "searchable on the other node within "
            + VISIBILITY_BOUND
            + " (nine in ten) and "
            + VISIBILITY_LIMIT
            + ": "
            + delays
            + " ms");
  }

  @Test
  void aNodeKilledDuringWritesOnTheOtherCatchesUpWhenItIsBack() throws Exception {
    String word = "survivor" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession(session("codex").add("name", "B dies")).getString("id");
    Writer writer = new Writer(A, id, word);
    writer.start();
    writer.awaitAcknowledged(20);
    B.kill();
    writer.awaitAcknowledged(writer.acknowledged() + 20);
    writer.stop();
    assertEquals(0, writer.failures(), "node A answered every write while B died");

    start(B);
    int written = writer.acknowledged();
    assertEquals(written, messageCount(B, id), "B reads every message");
    awaitFound(B, "q=" + word, written, Duration.ofSeconds(30));
  }

  @Test
  void aNodeKilledDuringWritesLosesNothingItAcknowledged() throws Exception {
    String word = "killed" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession(session("codex").add("name", "A dies")).getString("id");
    Writer writer = new Writer(A, id, word);
    writer.start();
    writer.awaitAcknowledged(30);
    A.kill();
    writer.stop();

    start(A);
    Set<String> stored = new java.util.HashSet<>();
    for (JsonValue message :
        Api.get(B.root() + "/api/v1/sessions/" + id + "/messages?limit=1000").expect(200).items()) {
      stored.add(message.asJsonObject().getString("externalId"));
    }
    assertTrue(
        stored.containsAll(writer.acknowledgedIds()),
        "every acknowledged message is stored: " + writer.acknowledgedIds().size());
    // every stored message, acknowledged or not, is in the index once, found from either node
    awaitFound(A, "q=" + word, stored.size(), Duration.ofSeconds(60));
    awaitFound(B, "q=" + word, stored.size(), Duration.ofSeconds(5));
  }

  @Test
  void aRebuildRunsOnceForTheClusterWithItsProgressOnEveryNode() throws Exception {
    Reply started =
        Api.post(A.root() + "/api/v1/admin/reindex", "", "Authorization", Credentials.operator());
    assertEquals(202, started.status(), started.toString());
    String startedAt = started.json().getString("startedAt");
    JsonObject onB = rebuild(B);
    if (onB.getString("state").equals("running")) {
      assertEquals(startedAt, onB.getString("startedAt"), "B sees A's rebuild: " + onB);
      JsonObject again =
          Api.post(B.root() + "/api/v1/admin/reindex", "", "Authorization", Credentials.operator())
              .json();
      assertEquals(startedAt, again.getString("startedAt"), "asking B starts no second one");
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!rebuild(B).getString("state").equals("completed")) {
      assertTrue(System.nanoTime() < deadline, "the rebuild ended: " + rebuild(B));
      Thread.sleep(250);
    }
    JsonObject done = rebuild(A);
    assertEquals("completed", done.getString("state"));
    assertEquals(startedAt, done.getString("startedAt"));
    assertEquals(rebuild(B), done, "both nodes report the same rebuild");
  }

  @Test
  void theTimersRunOncePerClusterNotOncePerNode() throws Exception {
    UUID account = Credentials.createAccount("cluster-timers");
    String auth = Credentials.createKeyWithId(account, "timers", "admin").bearer();
    Thread.sleep(Duration.ofSeconds(16).toMillis()); // five firings of each node's 3 s timer
    List<Instant> runs = new ArrayList<>();
    for (JsonValue record :
        Api.get("/audit?action=retention.run&size=100", "Authorization", auth)
            .expect(200)
            .items()) {
      runs.add(Instant.parse(record.asJsonObject().getString("occurredAt")));
    }
    Collections.sort(runs);
    assertTrue(runs.size() >= 3, "the timer ran: " + runs);
    for (int i = 1; i < runs.size(); i++) {
      Duration gap = Duration.between(runs.get(i - 1), runs.get(i));
      assertTrue(
          gap.compareTo(Duration.ofMillis(1500)) >= 0,
          "one run per firing for the cluster, not one per node: " + runs);
    }
  }

  @Test
  void aKeyRevokedOnOneNodeStopsWorkingOnTheOther() throws Exception {
    UUID account = Credentials.createAccount("cluster-keys");
    Credentials.Key key = Credentials.createKeyWithId(account, "soon revoked", "admin");
    Api.get(B.root() + "/api/v1/sessions", "Authorization", key.bearer()).expect(200);
    Api.delete(
            A.root() + "/api/v1/accounts/" + account + "/api-keys/" + key.id(),
            "Authorization",
            Credentials.operator())
        .expect(204);
    Api.get(A.root() + "/api/v1/sessions", "Authorization", key.bearer()).problem(401);
    // B remembered the key's sign-in for at most 10 s (README, "Deployment": caches per node)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);
    while (Api.get(B.root() + "/api/v1/sessions", "Authorization", key.bearer()).status() != 401) {
      assertTrue(System.nanoTime() < deadline, "B refuses the revoked key within 10 s");
      Thread.sleep(250);
    }
  }

  /**
   * README's move from the embedded default into the cluster: a backup of the account taken on the
   * H2 server (POST /exports), imported on one node (POST /imports), indexed into OpenSearch on the
   * way and found on the other node.
   */
  @Test
  void anEmbeddedInstallationMovesIntoTheCluster() throws Exception {
    LibertyServer embedded =
        new LibertyServer(
            System.getProperty("it.server.h2"),
            "http://localhost:" + Integer.getInteger("it.http.port.h2", 9181));
    String tag = "moved-" + UUID.randomUUID().toString().substring(0, 8);
    String word = "relocated" + UUID.randomUUID().toString().replace("-", "");
    byte[] backup;
    embedded.deploy();
    try {
      embedded.start();
      String key =
          Api.post(
                  embedded.root() + "/api/v1/accounts/" + Credentials.DEFAULT_ACCOUNT + "/api-keys",
                  "{\"name\":\"mover\",\"role\":\"admin\"}",
                  "Authorization",
                  Credentials.operator())
              .expect(201)
              .json()
              .getString("key");
      String auth = Credentials.bearer(key);
      for (int i = 0; i < 3; i++) {
        String id =
            Api.post(
                    embedded.root() + "/api/v1/sessions",
                    "{\"agent\":\"aider\",\"tags\":[\"" + tag + "\"]}",
                    "Authorization",
                    auth)
                .expect(201)
                .json()
                .getString("id");
        Api.post(
                embedded.root() + "/api/v1/sessions/" + id + "/messages",
                "[{\"role\":\"user\",\"content\":\""
                    + word
                    + " question "
                    + i
                    + "\"},"
                    + "{\"role\":\"assistant\",\"content\":\""
                    + word
                    + " answer\"}]",
                "Authorization",
                auth)
            .expect(201);
      }
      var exported =
          Api.bytes(
              "POST", embedded.root() + "/api/v1/exports?tag=" + tag, null, "Authorization", auth);
      assertEquals(200, exported.statusCode());
      backup = exported.body();
    } finally {
      embedded.stop();
      embedded.undeploy();
    }

    var imported =
        Api.bytes("POST", A.root() + "/api/v1/imports", backup, "Content-Type", "application/zip");
    assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
    assertEquals(
        3,
        Api.get(B.root() + "/api/v1/sessions?tag=" + tag).expect(200).json().getInt("total"),
        "every session moved");
    awaitFound(B, "q=" + word, 6, Duration.ofSeconds(30));
  }

  // ---------------------------------------------------------------------------------------------

  private static void start(LibertyServer node) {
    try {
      node.start(ENVIRONMENT);
    } catch (Exception e) {
      throw new IllegalStateException("starting " + node.root(), e);
    }
  }

  private static JsonObject rebuild(LibertyServer node) {
    return Api.get(node.root() + "/api/v1/admin/reindex", "Authorization", Credentials.operator())
        .expect(200)
        .json();
  }

  private static long messageCount(LibertyServer node, String id) {
    return Api.get(node.root() + "/api/v1/sessions/" + id)
        .expect(200)
        .json()
        .getJsonNumber("messageCount")
        .longValue();
  }

  /**
   * Searches the node straight (no waiting for the index, as {@link Api} does for relative paths)
   * until the total is reached; returns when, as {@link System#nanoTime}.
   */
  private static long awaitFound(LibertyServer node, String query, long total, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    String path = node.root() + "/api/v1/search?size=1&" + encodeQuery(query);
    while (true) {
      Reply reply = Api.get(path);
      long now = System.nanoTime();
      if (reply.status() == 200 && reply.json().getJsonNumber("total").longValue() == total) {
        return now;
      }
      assertTrue(now < deadline, "found " + total + " on " + node.root() + ": " + reply);
      Thread.sleep(10);
    }
  }

  private static String encodeQuery(String query) {
    int equals = query.indexOf('=');
    return query.substring(0, equals + 1)
        + URLEncoder.encode(query.substring(equals + 1), StandardCharsets.UTF_8);
  }

  /** Appends messages to a session on one node until stopped, remembering what was answered 201. */
  private static final class Writer {
    private final LibertyServer node;
    private final String sessionId;
    private final String word;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch finished = new CountDownLatch(1);

    Writer(LibertyServer node, String sessionId, String word) {
      this.node = node;
      this.sessionId = sessionId;
      this.word = word;
    }

    void start() {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int n = 1; running.get(); n++) {
                    String externalId = "w" + n;
                    String body =
                        Json.createObjectBuilder()
                            .add("externalId", externalId)
                            .add("role", "user")
                            .add("content", word + " write " + n)
                            .build()
                            .toString();
                    try {
                      Api.post(node.root() + "/api/v1/sessions/" + sessionId + "/messages", body)
                          .expect(201);
                      acknowledged.add(externalId);
                    } catch (RuntimeException | AssertionError e) {
                      failures.incrementAndGet(); // never acknowledged
                    }
                  }
                } finally {
                  finished.countDown();
                }
              });
      thread.start();
    }

    void awaitAcknowledged(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (acknowledged.size() < count && failures.get() == 0) {
        assertTrue(System.nanoTime() < deadline, "the writer got going");
        Thread.sleep(20);
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      assertTrue(finished.await(2, TimeUnit.MINUTES), "the writer stopped");
    }

    int acknowledged() {
      return acknowledged.size();
    }

    Set<String> acknowledgedIds() {
      return acknowledged;
    }

    int failures() {
      return failures.get();
    }
  }
}
