package dev.sessionvault.application.command.session;

import static dev.sessionvault.application.command.FieldEdit.keep;
import static dev.sessionvault.application.command.FieldEdit.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sessionvault.application.command.RecordCopies;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The merge-patch semantics of an edit, on plain values (RFC 7386's rules). */
class EditSessionCommandTest {
  private static final UUID PROJECT = UUID.fromString("0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b");
  private static final SessionFields CURRENT =
      new SessionFields(
          "before",
          null,
          List.of("a", "b"),
          Map.of("keep", 1L, "drop", 2L),
          new SessionConfigInput(10, null, true, null),
          null,
          Map.of("phase", 1L),
          PROJECT);
  private static final EditSessionCommand NOTHING =
      new EditSessionCommand(null, null, null, null, null, null, null, null);

  @Test
  void anEmptyEditChangesNothingAndNamesNoField() {
    assertEquals(CURRENT, NOTHING.applyTo(CURRENT));
    assertEquals(Set.of(), NOTHING.fields());
  }

  @Test
  void editsOnlyWhatItNamesAndMergesObjects() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("drop", null);
    metadata.put("added", Map.of("x", true));
    EditSessionCommand edit =
        new EditSessionCommand(
            keep(),
            set("now with a summary"),
            set(List.of("c")),
            set(metadata),
            set(new SessionConfigEdit(set(20), null, null, null)),
            keep(),
            set(Map.of("phase", 2L)),
            keep());

    SessionFields after = edit.applyTo(CURRENT);

    assertEquals("before", after.name());
    assertEquals("now with a summary", after.summary());
    assertEquals(List.of("c"), after.tags());
    assertEquals(Map.of("keep", 1L, "added", Map.of("x", true)), after.metadata());
    assertEquals(new SessionConfigInput(20, null, true, null), after.config(), "merged");
    assertEquals(Map.of("phase", 2L), after.state());
    assertEquals(PROJECT, after.projectId());
    assertEquals(Set.of("config", "metadata", "state", "summary", "tags"), edit.fields());
  }

  @Test
  void nullClearsAField() {
    EditSessionCommand edit =
        new EditSessionCommand(
            set(null), null, set(null), set(null), set(null), null, null, set(null));

    SessionFields after = edit.applyTo(CURRENT);

    assertNull(after.name());
    assertNull(after.tags());
    assertNull(after.metadata());
    assertNull(after.config());
    assertNull(after.projectId());
    assertEquals(CURRENT.state(), after.state());
  }

  @Test
  void objectsMergeIntoAbsentOnesAsIntoEmptyOnes() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("gone", null);
    nested.put("kept", "yes");
    EditSessionCommand edit =
        new EditSessionCommand(
            null,
            null,
            null,
            null,
            set(new SessionConfigEdit(null, set(5), null, null)),
            set(Map.of("deep", nested)),
            null,
            null);

    SessionFields after = edit.applyTo(RecordCopies.with(CURRENT, "config", null));

    assertEquals(new SessionConfigInput(null, 5, null, null), after.config());
    assertEquals(Map.of("deep", Map.of("kept", "yes")), after.llmConfig(), "nulls removed");
  }

  @Test
  void neverChangesTheCurrentValues() {
    Map<String, Object> metadata = new LinkedHashMap<>(Map.of("keep", 1L));
    SessionFields current = new SessionFields(null, null, null, metadata, null, null, null, null);
    Map<String, Object> removal = new HashMap<>();
    removal.put("keep", null);

    new EditSessionCommand(null, null, null, set(removal), null, null, null, null).applyTo(current);

    assertEquals(Map.of("keep", 1L), metadata);
  }
}
