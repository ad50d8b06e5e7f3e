package dev.sessionvault.application.command.session;

import static dev.sessionvault.application.command.RecordCopies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sessionvault.application.command.Violations;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionFieldsTest {
  private static final SessionFields EMPTY =
      new SessionFields(null, null, null, null, null, null, null, null);

  @Test
  void everyMemberIsOptional() {
    assertEquals(Set.of(), Violations.of(EMPTY));
  }

  @Test
  void appliesTheSameRulesAsCreate() {
    SessionFields edit =
        new SessionFields(
            "n".repeat(201),
            "s".repeat(20_001),
            IntStream.range(0, 51).mapToObj(i -> "t" + i).toList(),
            null,
            new SessionConfigInput(10_000_001, 0, null, null),
            null,
            null,
            null);

    assertEquals(
        Set.of(
            "config.idleTimeoutMinutes @Min",
            "config.maxMessages @Max",
            "name @Size",
            "summary @Size",
            "tags @Size"),
        Violations.of(edit));
  }

  @Test
  void tagsAreCheckedOneByOne() {
    assertEquals(
        Set.of("tags[1] @Tag"), Violations.of(with(EMPTY, "tags", List.of("fine", "Not Fine"))));
  }

  @Test
  void toDomainKeepsAbsentValuesAbsent() {
    // A merge patch that removed config/tags must clear them, not default them.
    assertNull(EMPTY.toDomain().config());
    assertNull(EMPTY.toDomain().tags());
  }
}
