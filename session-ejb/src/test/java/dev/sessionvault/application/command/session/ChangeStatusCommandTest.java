package dev.sessionvault.application.command.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.WireNames;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeStatusCommandTest {
  @ParameterizedTest
  @EnumSource(SessionStatus.class)
  void anyStatusIsWellFormed(SessionStatus status) {
    // Whether the move is legal is the status machine's business, not Bean Validation's.
    assertEquals(Set.of(), Violations.of(new ChangeStatusCommand(WireNames.of(status), null)));
    assertEquals(status, new ChangeStatusCommand(WireNames.of(status), null).target());
  }

  @Test
  void statusIsRequired() {
    assertEquals(Set.of("status @NotNull"), Violations.of(new ChangeStatusCommand(null, "x")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FAILED", "done", "", " active"})
  void statusMustBeAWireName(String name) {
    assertEquals(Set.of("status @WireName"), Violations.of(new ChangeStatusCommand(name, null)));
  }

  @Test
  void errorIsAtMost20000Characters() {
    assertEquals(Set.of(), Violations.of(new ChangeStatusCommand("failed", "e".repeat(20_000))));
    assertEquals(
        Set.of("error @Size"),
        Violations.of(new ChangeStatusCommand("failed", "e".repeat(20_001))));
  }
}
