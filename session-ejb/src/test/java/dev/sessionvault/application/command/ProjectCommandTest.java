package dev.sessionvault.application.command;

import static dev.sessionvault.application.command.RecordCopies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCommandTest {
  private static final ProjectCommand PROJECT = new ProjectCommand("web", "Web shop", null);

  @Test
  void keyAndNameSuffice() {
    assertEquals(Set.of(), Violations.of(PROJECT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0day", "web", "my-app.v2_x", "a-", "a."})
  void acceptsWellFormedKeys(String key) {
    assertEquals(Set.of(), Violations.of(with(PROJECT, "key", key)));
  }

  @ParameterizedTest
  @EmptySource
  @ValueSource(strings = {"-x", ".x", "_x", "Web", "my app", "a:b", "a/b"})
  void rejectsMalformedKeysWithAnActionableMessage(String key) {
    assertEquals(
        Set.of(
            "key: must be 1-64 characters of lowercase letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit"),
        Violations.messages(with(PROJECT, "key", key)));
  }

  @Test
  void keyIsAtMost64Characters() {
    assertEquals(Set.of(), Violations.of(with(PROJECT, "key", "k".repeat(64))));
    assertEquals(Set.of("key @Pattern"), Violations.of(with(PROJECT, "key", "k".repeat(65))));
  }

  @Test
  void keyIsRequired() {
    assertEquals(Set.of("key @NotNull"), Violations.of(with(PROJECT, "key", null)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void nameMustNotBeBlank(String name) {
    assertEquals(Set.of("name @NotBlank"), Violations.of(with(PROJECT, "name", name)));
  }

  @Test
  void nameAndRootPathHaveAMaximumLength() {
    assertEquals(
        Set.of(), Violations.of(new ProjectCommand("web", "n".repeat(200), "/".repeat(1024))));
    assertEquals(
        Set.of("name @Size", "rootPath @Size"),
        Violations.of(new ProjectCommand("web", "n".repeat(201), "/".repeat(1025))));
  }
}
