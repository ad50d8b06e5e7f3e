package dev.sessionvault.application.command.session;

import static dev.sessionvault.application.command.RecordCopies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.todo.TodoContent;
import dev.sessionvault.domain.todo.TodoStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TodoItemCommandTest {
  private static final TodoItemCommand ITEM = new TodoItemCommand("write tests", "pending", null);

  @Test
  void contentAndStatusSuffice() {
    assertEquals(Set.of(), Violations.of(ITEM));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t"})
  void contentMustNotBeBlank(String content) {
    assertEquals(Set.of("content @NotBlank"), Violations.of(with(ITEM, "content", content)));
  }

  @Test
  void statusIsRequired() {
    assertEquals(Set.of("status @NotNull"), Violations.of(with(ITEM, "status", null)));
  }

  @Test
  void statusMustBeAWireName() {
    assertEquals(Set.of("status @WireName"), Violations.of(with(ITEM, "status", "IN_PROGRESS")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"content", "activeForm"})
  void textIsAtMost4000Characters(String member) {
    assertEquals(Set.of(), Violations.of(with(ITEM, member, "x".repeat(4000))));
    assertEquals(Set.of(member + " @Size"), Violations.of(with(ITEM, member, "x".repeat(4001))));
  }

  @Test
  void toDomainCarriesEveryMember() {
    assertEquals(
        new TodoContent("fix", TodoStatus.IN_PROGRESS, "Fixing"),
        new TodoItemCommand("fix", "in_progress", "Fixing").toDomain());
  }
}
