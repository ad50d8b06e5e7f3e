package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The backup format: a ZIP of canonical documents with a manifest, out and back in. */
class BackupIT extends EndToEndTest {
  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static JsonObject json(byte[] bytes) {
    return Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
        .readObject();
  }

  private static byte[] backupOf(String... ids) {
    String body =
        Json.createObjectBuilder()
            .add("ids", Json.createArrayBuilder(List.of(ids)))
            .build()
            .toString();
    HttpResponse<byte[]> response =
        Api.bytes(
            "POST",
            "/exports",
            body.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertEquals(
        200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  private static HttpResponse<byte[]> restore(byte[] zip, String query) {
    return Api.bytes("POST", "/imports" + query, zip, "Content-Type", "application/zip");
  }

  @Test
  void aBackupHoldsEachSessionAndAManifestAndRestoresThemUnderTheirIds() throws Exception {
    String first = ExportIT.richSession();
    String second = createSession().getString("id");
    Map<String, byte[]> entries = unzip(backupOf(first, second));
    assertEquals(
        List.of("sessions/" + first + ".json", "sessions/" + second + ".json", "manifest.json"),
        List.copyOf(entries.keySet()));
    JsonObject manifest = json(entries.get("manifest.json"));
    assertEquals(1, manifest.getInt("formatVersion"));
    assertEquals(4, manifest.getInt("schemaVersion"));
    assertEquals(2, manifest.getInt("sessions"));
    assertEquals(3, manifest.getInt("messages"));
    for (JsonObject entry : manifest.getJsonArray("entries").getValuesAs(JsonObject.class)) {
      byte[] document = entries.get(entry.getString("name"));
      assertEquals(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document)),
          entry.getString("sha256"));
      assertEquals(document.length, entry.getInt("bytes"));
    }
    JsonObject document = json(entries.get("sessions/" + first + ".json"));
    JsonObject single = Api.get("/sessions/" + first + "/export").expect(200).json();
    assertEquals(
        Json.createObjectBuilder(single).remove("exportedAt").build(),
        Json.createObjectBuilder(document).remove("exportedAt").build());
    Api.delete("/sessions/" + first).expect(204);
    Api.delete("/sessions/" + second).expect(204);
    HttpResponse<byte[]> restored = restore(zip(entries), "");
    JsonObject report = json(restored.body());
    assertEquals(201, restored.statusCode(), report.toString());
    assertEquals(2, report.getInt("imported"));
    assertEquals(
        "sessions/" + first + ".json",
        report.getJsonArray("sessions").getJsonObject(0).getString("source"));
    assertEquals(first, report.getJsonArray("sessions").getJsonObject(0).getString("id"));
    assertEquals(
        single.getJsonObject("session").getString("name"),
        Api.get("/sessions/" + first).expect(200).json().getString("name"));
    assertEquals(3, Api.get("/sessions/" + first).json().getInt("messageCount"));
  }

  @Test
  void aChangedEntryAnUnsafeNameAndACorruptArchiveAreRefusedEachInItsPlace() throws Exception {
    String kept = ExportIT.richSession();
    String changed = createSession().getString("id");
    Map<String, byte[]> entries = unzip(backupOf(kept, changed));
    String name = "sessions/" + changed + ".json";
    entries.put(
        name,
        new String(entries.get(name), StandardCharsets.UTF_8)
            .replace("\"claude_code\"", "\"aider\"")
            .getBytes(StandardCharsets.UTF_8));
    entries.put("../escape.json", "{}".getBytes(StandardCharsets.UTF_8));
    entries.put("sessions/twin-a.json", "{}".getBytes(StandardCharsets.UTF_8));
    entries.put("sessions/twin-b.json", "{}".getBytes(StandardCharsets.UTF_8));
    // ZipOutputStream refuses a name twice: the second name is renamed in the bytes afterwards
    byte[] archive =
        new String(zip(entries), StandardCharsets.ISO_8859_1)
            .replace("sessions/twin-b.json", "sessions/twin-a.json")
            .getBytes(StandardCharsets.ISO_8859_1);
    JsonObject report = json(restore(archive, "?onConflict=newIds").body());
    assertEquals(1, report.getInt("imported"), report.toString());
    String text = report.toString();
    assertTrue(text.contains("does not match its SHA-256 in the manifest"), text);
    assertTrue(text.contains("is not a safe entry name"), text);
    assertTrue(text.contains("appears twice in the ZIP"), text);
    assertEquals(4, report.getInt("failed"), text);
    byte[] broken =
        zip(
            Map.of(
                "sessions/x.json",
                ImportIT.document("t", "user", "x").getBytes(StandardCharsets.UTF_8)));
    broken[broken.length / 3] ^= 0x5a;
    HttpResponse<byte[]> refused = restore(broken, "");
    assertEquals(400, refused.statusCode(), new String(refused.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aZipBombStopsAtTheLimit() throws Exception {
    String tag = Fixtures.uniqueTag();
    String bomb =
        ImportIT.document(tag, "user", "x")
            .replace("\"messages\"", " ".repeat(9_000_000) + "\"messages\"");
    HttpResponse<byte[]> response =
        restore(zip(Map.of("sessions/bomb.json", bomb.getBytes(StandardCharsets.UTF_8))), "");
    assertEquals(413, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(0, Api.get("/sessions?tag=" + tag).expect(200).items().size());
  }

  @Test
  void aBackupByFiltersIsAnAdminsAndAnotherAccountsIdsAreNotFound() throws Exception {
    String tag = Fixtures.uniqueTag();
    for (int i = 0; i < 3; i++) {
      createSession(session("aider").add("tags", Json.createArrayBuilder().add(tag)));
    }
    HttpResponse<byte[]> byTag = Api.bytes("POST", "/exports?tag=" + tag, null);
    assertEquals(200, byTag.statusCode());
    assertEquals(3, json(unzip(byTag.body()).get("manifest.json")).getInt("sessions"));
    String member = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "backup member", "member");
    assertEquals(
        403,
        Api.bytes("POST", "/exports?tag=" + tag, null, "Authorization", Credentials.bearer(member))
            .statusCode());
    String otherAdmin = Fixtures.adminOfAnotherAccount("backup-other");
    String foreign = Fixtures.createSessionAs(otherAdmin);
    HttpResponse<byte[]> notFound =
        Api.bytes(
            "POST",
            "/exports",
            ("{\"ids\":[\"" + foreign + "\"]}").getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertEquals(404, notFound.statusCode());
    assertEquals(
        400, Api.bytes("POST", "/exports?tag=" + tag + "&status=sleeping", null).statusCode());
  }
}
