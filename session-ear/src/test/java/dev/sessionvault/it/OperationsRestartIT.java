package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.LibertyServer;
import dev.sessionvault.it.support.Reply;
import dev.sessionvault.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators do to a server, on the embedded H2 (PostgreSQL is backed up with pg_dump): a
 * backup taken while it runs and restored as README says (unzip it into a fresh data directory,
 * start the server on it: every session, transcript and search hit of the moment of the backup is
 * there, the index rebuilt at startup, and nothing after it), and JSON logs whose every line of a
 * request names it.
 */
@ExtendWith(TestServer.class)
class OperationsRestartIT {

  @BeforeAll
  static void embeddedOnly() {
    Assumptions.assumeTrue(
        System.getProperty("it.jdbc.url").startsWith("jdbc:h2:"), "the embedded H2 only");
  }

  @Test
  void aBackupRestoredIntoAFreshDataDirectoryHoldsEverySessionAndSearchHit() throws Exception {
    String word = "backedup" + UUID.randomUUID().toString().replace("-", "");
    String id = createSession(session("aider").add("name", "backed up")).getString("id");
    Api.post("/sessions/" + id + "/messages", message("user", "remember " + word).toString())
        .expect(201);
    String transcribed = UUID.randomUUID().toString();
    Api.post("/imports", TranscriptIT.transcript(transcribed, word)).expect(201);
    byte[] transcript = Api.bytes("GET", "/sessions/" + transcribed + "/transcript", null).body();
    long hits = searchWhenReady("q=" + word).getInt("total");
    assertTrue(hits >= 2, "the message and the transcript's prompt: " + hits);

    JsonObject backup =
        Api.post("/admin/backup", null, "Authorization", Credentials.operator()).expect(201).json();
    Path zip = Path.of(backup.getString("file"));
    assertEquals(Files.size(zip), backup.getJsonNumber("bytes").longValue());
    assertTrue(zip.startsWith(LibertyServer.TEST.dataDir().toAbsolutePath()), zip.toString());
    String afterTheBackup = createSession().getString("id");

    LibertyServer.TEST.stop();
    Path fresh = Files.createTempDirectory("sessionvault-restored");
    unzip(zip, fresh.resolve("db"));
    try {
      LibertyServer.TEST.start(Map.of("SESSIONVAULT_DATA_DIR", fresh.toString()));
      assertEquals(hits, searchWhenReady("q=" + word).getInt("total"), "every search hit");
      assertEquals(1, Api.get("/sessions/" + id).expect(200).json().getInt("messageCount"));
      assertArrayEquals(
          transcript,
          Api.bytes("GET", "/sessions/" + transcribed + "/transcript", null).body(),
          "the kept transcript, byte for byte");
      Api.get("/sessions/" + afterTheBackup).problem(404);
    } finally {
      LibertyServer.TEST.stop();
      LibertyServer.TEST.start();
    }
  }

  @Test
  void jsonLogsNameTheRequestOnEachOfItsLines() throws Exception {
    LibertyServer.TEST.stop();
    try {
      LibertyServer.TEST.start(Map.of("SESSIONVAULT_LOG_FORMAT", "json"));
      String requestId = "logged-" + UUID.randomUUID();
      Reply refused =
          Api.get(
              "/sessions",
              "Authorization",
              Credentials.basic("nobody-" + UUID.randomUUID(), "not the password at all"),
              "X-Request-Id",
              requestId);
      assertEquals(401, refused.status());
      assertEquals(requestId, refused.header("X-Request-Id"));
      Path log = LibertyServer.TEST.logsDir().resolve("messages.log");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      List<JsonObject> lines;
      while ((lines = linesAbout(log, "failed sign-in")).isEmpty()) {
        assertTrue(System.nanoTime() < deadline, "the failed sign-in is logged");
        Thread.sleep(200);
      }
      for (JsonObject line : lines) {
        assertEquals("liberty_message", line.getString("type"), line.toString());
        assertEquals(requestId, line.getString("ext_requestId"), line.toString());
      }
    } finally {
      LibertyServer.TEST.stop();
      LibertyServer.TEST.start();
    }
  }

  /** The JSON lines of the log whose message contains {@code text}. */
  private static List<JsonObject> linesAbout(Path log, String text) throws IOException {
    return Files.readAllLines(log).stream()
        .filter(line -> line.startsWith("{") && line.contains(text))
        .map(line -> Json.createReader(new StringReader(line)).readObject())
        .toList();
  }

  private static void unzip(Path zip, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = folder.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(folder), entry.getName());
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
  }

  private static JsonObject searchWhenReady(String parameters) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (true) {
      Reply reply = Api.get("/search?" + parameters);
      if (reply.status() != 503 || System.nanoTime() > deadline) {
        return reply.expect(200).json();
      }
      Thread.sleep(250);
    }
  }
}
