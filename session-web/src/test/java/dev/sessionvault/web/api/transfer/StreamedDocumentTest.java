package dev.sessionvault.web.api.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical documents read while they are imported, not before. */
class StreamedDocumentTest {
  private static final String SESSION = "\"session\":{\"agent\":\"aider\"}";

  private static ImportItems body(String json) {
    return ImportBody.sessions(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        1 << 20,
        null,
        TranscriptReading.NONE);
  }

  private static String message(String content) {
    return "{\"role\":\"user\",\"content\":\"" + content + "\"}";
  }

  private static List<String> contents(ImportedSession session) {
    List<String> contents = new ArrayList<>();
    session.messages().forEachRemaining(m -> contents.add(m.message().content()));
    return contents;
  }

  @Test
  void messagesAreHandedOverBeforeTheRestOfTheBodyIsRead() {
    // A reader that held the document whole would fail before handing over anything.
    ImportItems items =
        body(
            "{\"schemaVersion\":4,"
                + SESSION
                + ",\"messages\":["
                + message("one")
                + ","
                + message("two")
                + ",{\"role\":");
    ImportedSession session = assertInstanceOf(ImportedSession.class, items.next());
    assertEquals("one", session.messages().next().message().content());
    assertEquals("two", session.messages().next().message().content());
    ValidationException broken =
        assertThrows(ValidationException.class, () -> session.messages().hasNext());
    assertEquals("/messages/2", broken.errors().get(0).field());
    assertTrue(broken.errors().get(0).message().contains("malformed JSON"), broken.toString());
    assertTrue(!items.hasNext(), "nothing after a broken body is read");
  }

  @Test
  void partsInAnyOrderAreAllHandedOver() {
    ImportItems items =
        body(
            "{\"schemaVersion\":4,"
                + SESSION
                + ",\"interactions\":[{\"command\":\"make\"}],\"redactions\":{},"
                + "\"todos\":[{\"content\":\"t\",\"status\":\"pending\"}],"
                + "\"messages\":["
                + message("m")
                + "]}");
    ImportedSession session = assertInstanceOf(ImportedSession.class, items.next());
    assertEquals(List.of("m"), contents(session));
    assertEquals("t", session.todos().iterator().next().item().content());
    assertEquals("make", session.interactions().next().interaction().command());
    assertTrue(!items.hasNext());
  }

  @Test
  void aSessionAfterItsPartsStillFindsThem() {
    ImportItems items =
        body("{\"schemaVersion\":4,\"messages\":[" + message("early") + "]," + SESSION + "}");
    ImportedSession session = assertInstanceOf(ImportedSession.class, items.next());
    assertEquals(List.of("early"), contents(session));
  }

  @Test
  void whatTheImporterLeavesOfADocumentIsReadPast() {
    ImportItems items =
        body(
            "[{\"schemaVersion\":4,"
                + SESSION
                + ",\"messages\":["
                + message("a")
                + ","
                + message("b")
                + "],\"interactions\":[{\"command\":\"x\"}]},"
                + "{\"schemaVersion\":4,"
                + SESSION
                + ",\"messages\":["
                + message("second")
                + "]}]");
    ImportedSession first = assertInstanceOf(ImportedSession.class, items.next());
    first.messages().next(); // an importer that gave up after one message
    ImportedSession second = assertInstanceOf(ImportedSession.class, items.next());
    assertEquals("/1", second.source());
    assertEquals(List.of("second"), contents(second));
    assertTrue(!items.hasNext());
  }

  @Test
  void earlierVersionsAreReadWholeAndMigrated() {
    ImportItems items =
        body(
            "{\"version\":1,\"id\":\"s1\",\"conversation\":[{\"id\":\"m1\",\"role\":\"user\","
                + "\"content\":\"old\",\"timestamp\":\"2024-01-01T00:00:00Z\"}]}");
    ImportedSession session = assertInstanceOf(ImportedSession.class, items.next());
    assertEquals(1, session.sourceVersion());
    assertEquals(List.of("old"), contents(session));
  }

  @Test
  void aMemberTwiceIsRefusedAtItsPlace() {
    ImportItem item =
        body("{\"schemaVersion\":4," + SESSION + "," + SESSION + ",\"messages\":[]}").next();
    UnreadableSession refused = assertInstanceOf(UnreadableSession.class, item);
    assertEquals("/session", refused.errors().get(0).field());
  }

  @Test
  void contentAfterTheDocumentIsReportedAfterItsSession() {
    ImportItems items = body("{\"schemaVersion\":4," + SESSION + ",\"messages\":[]} {}");
    assertInstanceOf(ImportedSession.class, items.next());
    UnreadableSession trailing = assertInstanceOf(UnreadableSession.class, items.next());
    assertEquals(400, trailing.status());
    assertEquals("", trailing.errors().get(0).field());
    assertTrue(trailing.errors().get(0).message().contains("JSON"), trailing.toString());
  }

  @Test
  void aProblemOfAnEarlierVersionsMessageIsAtItsPlaceInTheDocumentAsSent() {
    ImportedSession v1 =
        assertInstanceOf(
            ImportedSession.class,
            body("{\"version\":1,\"id\":\"s1\",\"conversation\":["
                    + "{\"role\":\"user\",\"content\":\"a\"},"
                    + "{\"role\":\"user\",\"content\":\"b\",\"timestamp\":\"yesterday\"}]}")
                .next());
    v1.messages().next();
    ValidationException first = assertThrows(ValidationException.class, v1.messages()::next);
    assertEquals("/conversation/1/timestamp", first.errors().get(0).field());

    ImportedSession v2 =
        assertInstanceOf(
            ImportedSession.class,
            body("{\"session_id\":\"s2\",\"messages\":["
                    + "{\"type\":\"system\",\"data\":{\"model\":\"m\"}},"
                    + "{\"type\":\"user\",\"data\":{\"content\":\"hi\",\"timestamp\":\"nope\"}}]}")
                .next());
    ValidationException second = assertThrows(ValidationException.class, v2.messages()::next);
    assertEquals("/messages/1/timestamp", second.errors().get(0).field());
  }
}
