package dev.sessionvault.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.session.Environment;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.todo.TodoStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireNamesTest {
  @ParameterizedTest
  @CsvSource({
    "IN_PROGRESS, in_progress",
    "PENDING, pending",
    "COMPLETED, completed",
  })
  void writesConstantsInLowercase(TodoStatus status, String wireName) {
    assertEquals(wireName, WireNames.of(status));
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    // Turkish lowercases 'I' to a dotless 'ı': "ınıtıalızıng" would never match the database.
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertEquals("initializing", WireNames.of(SessionStatus.INITIALIZING));
      assertEquals(Optional.of(SessionStatus.IDLE), WireNames.parse(SessionStatus.class, "idle"));
    } finally {
      Locale.setDefault(before);
    }
  }

  static Stream<Arguments> everyWireEnumConstant() {
    return Stream.of(
            SessionStatus.values(), TodoStatus.values(), MessageRole.values(), Environment.values())
        .flatMap(Stream::of)
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("everyWireEnumConstant")
  <E extends Enum<E>> void parsesWhatItWrites(E constant) {
    assertEquals(
        Optional.of(constant),
        WireNames.parse(constant.getDeclaringClass(), WireNames.of(constant)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"IN_PROGRESS", "In_Progress", " in_progress", "in_progress ", "in-progress", ""})
  void acceptsOnlyTheExactWireName(String wireName) {
    assertEquals(Optional.empty(), WireNames.parse(TodoStatus.class, wireName));
  }

  @Test
  void listsAllowedValuesInDeclarationOrder() {
    assertEquals("pending, in_progress, completed", WireNames.allowed(TodoStatus.class));
    assertEquals(
        "initializing, active, idle, completed, failed", WireNames.allowed(SessionStatus.class));
    assertEquals("user, assistant, system, tool", WireNames.allowed(MessageRole.class));
  }
}
