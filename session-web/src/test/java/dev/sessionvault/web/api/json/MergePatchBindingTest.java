package dev.sessionvault.web.api.json;

import static dev.sessionvault.application.command.FieldEdit.keep;
import static dev.sessionvault.application.command.FieldEdit.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionvault.application.command.EditProjectCommand;
import dev.sessionvault.application.command.session.EditSessionCommand;
import dev.sessionvault.application.command.session.SessionConfigEdit;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A JSON Merge Patch binds onto an edit command: absent members are kept, null ones cleared, and
 * problems are reported with the paths and messages of a whole document.
 */
class MergePatchBindingTest {
  private static JsonValue json(String singleQuoted) {
    try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
      return reader.readValue();
    }
  }

  @Test
  void absentMembersAreKeptAndNullOnesCleared() {
    EditSessionCommand edit =
        JsonBinder.bind(
            json(
                "{'summary':null,'tags':['c'],'metadata':{'drop':null},'config':{'maxMessages':20}}"),
            EditSessionCommand.class);

    Map<String, Object> metadata = new HashMap<>();
    metadata.put("drop", null);
    assertEquals(
        new EditSessionCommand(
            keep(),
            set(null),
            set(List.of("c")),
            set(metadata),
            set(new SessionConfigEdit(set(20), keep(), keep(), keep())),
            keep(),
            keep(),
            keep()),
        edit);
    assertEquals(Set.of("config", "metadata", "summary", "tags"), edit.fields());
  }

  @Test
  void aNullObjectMemberClearsIt() {
    EditSessionCommand edit = JsonBinder.bind(json("{'config':null}"), EditSessionCommand.class);

    assertEquals(set(null), edit.config());
  }

  @Test
  void reportsUnknownAndMistypedMembersWithTheirPaths() {
    List<FieldError> errors =
        assertThrows(
                ValidationException.class,
                () ->
                    JsonBinder.bind(
                        json("{'status':'idle','config':{'maxMessages':'x','colour':1}}"),
                        EditSessionCommand.class))
            .errors();

    assertEquals(
        List.of(
            new FieldError(
                "status",
                "unknown field; allowed fields: config, llmConfig, metadata, name, projectId,"
                    + " state, summary, tags"),
            new FieldError(
                "config.colour",
                "unknown field; allowed fields: features, idleTimeoutMinutes, maxMessages,"
                    + " persistenceEnabled"),
            new FieldError(
                "config.maxMessages", "must be an integer between -2147483648 and 2147483647")),
        errors);
  }

  @Test
  void bindsAProjectEdit() {
    assertEquals(
        new EditProjectCommand(keep(), set("Shop (web)"), set(null)),
        JsonBinder.bind(json("{'name':'Shop (web)','rootPath':null}"), EditProjectCommand.class));
  }
}
