package dev.sessionvault.application.command.session;

import static dev.sessionvault.application.command.RecordCopies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.application.command.KnownAgentValidator;
import dev.sessionvault.application.command.Violations;
import dev.sessionvault.domain.session.Environment;
import dev.sessionvault.domain.session.SessionDetails;
import dev.sessionvault.domain.session.SessionStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateSessionCommandTest {
  private static final String AGENTS_PROPERTY = "sessionvault.agents";
  private static final String TAG_MESSAGE =
      "must be 1-64 characters of lowercase letters, digits, '.', '_', ':' or '-'";
  private static String agentsBefore;

  /** Only agent is required. */
  private static final CreateSessionCommand MINIMAL =
      new CreateSessionCommand(
          null,
          null,
          null,
          null,
          "claude_code",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  @BeforeAll
  static void configureAgents() {
    // System properties outrank the packaged microprofile-config.properties (ordinal 400 > 100).
    agentsBefore = System.getProperty(AGENTS_PROPERTY);
    System.setProperty(AGENTS_PROPERTY, "claude_code,unit-test-agent");
  }

  @AfterAll
  static void restoreAgents() {
    if (agentsBefore == null) {
      System.clearProperty(AGENTS_PROPERTY);
    } else {
      System.setProperty(AGENTS_PROPERTY, agentsBefore);
    }
  }

  @ParameterizedTest
  @CsvSource({"environment, CI", "environment, laptop", "status, Active", "status, done"})
  void enumerationsTravelByWireName(String member, String name) {
    assertEquals(Set.of(member + " @WireName"), Violations.of(with(MINIMAL, member, name)));
  }

  @Test
  void minimalCommandIsValid() {
    assertEquals(Set.of(), Violations.of(MINIMAL));
  }

  @Test
  void fullCommandIsValid() {
    CreateSessionCommand full =
        new CreateSessionCommand(
            "x".repeat(255),
            "n".repeat(200),
            "s".repeat(20_000),
            "feature",
            "unit-test-agent",
            "jetbrains",
            "m".repeat(200),
            UUID.randomUUID(),
            "c".repeat(200),
            "p".repeat(1024),
            "b".repeat(255),
            "active",
            new SessionConfigInput(1, 1, true, List.of("mcp")),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of("a", "b"),
            1000);

    assertEquals(Set.of(), Violations.of(full));
  }

  @Test
  void agentIsRequired() {
    assertEquals(Set.of("agent @NotBlank"), Violations.of(with(MINIMAL, "agent", null)));
  }

  @Test
  void blankAgentIsNeitherPresentNorKnown() {
    assertEquals(
        Set.of("agent @KnownAgent", "agent @NotBlank"), Violations.of(with(MINIMAL, "agent", " ")));
  }

  @Test
  void agentMustBeConfigured() {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "agent", "unit-test-agent")));
    // "codex" is only in the packaged defaults, which the system property overrides.
    assertEquals(
        Set.of(
            "agent: must be one of: claude_code, unit-test-agent (configured by"
                + " SESSIONVAULT_AGENTS)"),
        Violations.messages(with(MINIMAL, "agent", "codex")));
  }

  @Test
  void agentMatchesExactly() {
    assertEquals(Set.of("agent @KnownAgent"), Violations.of(with(MINIMAL, "agent", "Claude_Code")));
  }

  @Test
  void noAgentIsLeftToNotBlank() {
    assertTrue(new KnownAgentValidator().isValid(null, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "feature", "bug_fix", "spike-2", "x0"})
  void acceptsShortLowercaseTypes(String type) {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "type", type)));
  }

  @ParameterizedTest
  @EmptySource
  @ValueSource(strings = {"Feature", "1st", "_x", "-x", "bug fix", "bug.fix", "typé"})
  void rejectsOtherTypes(String type) {
    assertEquals(
        Set.of(
            "type: must be a short lowercase identifier (a-z, 0-9, '_', '-'; up to 64"
                + " characters)"),
        Violations.messages(with(MINIMAL, "type", type)));
  }

  @Test
  void typeIsAtMost64Characters() {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "type", "t".repeat(64))));
    assertEquals(Set.of("type @Pattern"), Violations.of(with(MINIMAL, "type", "t".repeat(65))));
  }

  @ParameterizedTest(name = "{0} up to {1}")
  @CsvSource({
    "externalId, 255",
    "name, 200",
    "summary, 20000",
    "model, 200",
    "component, 200",
    "projectPath, 1024",
    "gitBranch, 255",
  })
  void textMembersHaveAMaximumLength(String member, int max) {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, member, "x".repeat(max))));
    assertEquals(
        Set.of(member + " @Size"), Violations.of(with(MINIMAL, member, "x".repeat(max + 1))));
  }

  @Test
  void externalIdIsNotEmpty() {
    assertEquals(Set.of("externalId @Size"), Violations.of(with(MINIMAL, "externalId", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "bug-fix", "v1.2", "scope:backend", "snake_case", "0", "a.b_c:d-e"})
  void acceptsWellFormedTags(String tag) {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "tags", List.of("ok", tag))));
  }

  @ParameterizedTest
  @EmptySource
  @ValueSource(strings = {"Bug", "has space", "a/b", "émoji", "tag!", "#tag"})
  void rejectsMalformedTagsAtTheirIndex(String tag) {
    assertEquals(
        Set.of("tags[1]: " + TAG_MESSAGE),
        Violations.messages(with(MINIMAL, "tags", List.of("ok", tag))));
  }

  @Test
  void tagsAreAtMost64Characters() {
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "tags", List.of("t".repeat(64)))));
    assertEquals(
        Set.of("tags[0] @Tag"), Violations.of(with(MINIMAL, "tags", List.of("t".repeat(65)))));
  }

  @Test
  void nullTagIsOneViolation() {
    // @ReportAsSingleViolation: the composed @NotNull surfaces as @Tag with the tag message.
    assertEquals(
        Set.of("tags[2]: " + TAG_MESSAGE),
        Violations.messages(with(MINIMAL, "tags", Arrays.asList("a", "b", null))));
  }

  @Test
  void atMost50TagsPerSession() {
    List<String> fifty = new ArrayList<>(IntStream.range(0, 50).mapToObj(i -> "t" + i).toList());
    assertEquals(Set.of(), Violations.of(with(MINIMAL, "tags", fifty)));

    fifty.add("one-more");

    assertEquals(Set.of("tags @Size"), Violations.of(with(MINIMAL, "tags", fifty)));
  }

  @ParameterizedTest
  @CsvSource({"0, schemaVersion @Min", "1001, schemaVersion @Max", "-1, schemaVersion @Min"})
  void schemaVersionIsBetween1And1000(int version, String violation) {
    assertEquals(Set.of(violation), Violations.of(with(MINIMAL, "schemaVersion", version)));
  }

  @Test
  void configIsValidatedInPlace() {
    CreateSessionCommand command =
        with(MINIMAL, "config", new SessionConfigInput(0, null, null, List.of("ok", "Bad")));

    assertEquals(
        Set.of("config.features[1] @Pattern", "config.maxMessages @Min"), Violations.of(command));
  }

  @Test
  void everyViolationIsReported() {
    CreateSessionCommand command =
        new CreateSessionCommand(
            "",
            "n".repeat(201),
            null,
            "Bad",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new SessionConfigInput(null, 525_601, null, null),
            null,
            null,
            null,
            List.of("UPPER"),
            0);

    assertEquals(
        Set.of(
            "agent @NotBlank",
            "config.idleTimeoutMinutes @Max",
            "externalId @Size",
            "name @Size",
            "schemaVersion @Min",
            "tags[0] @Tag",
            "type @Pattern"),
        Violations.of(command));
  }

  @Test
  void toDetailsCarriesEveryMember() {
    UUID project = UUID.randomUUID();
    CreateSessionCommand command =
        new CreateSessionCommand(
            "e",
            "n",
            "s",
            "t",
            "claude_code",
            "ci",
            "m",
            project,
            "c",
            "/p",
            "b",
            "active",
            new SessionConfigInput(5, 6, true, List.of("f")),
            Map.of("l", 1L),
            Map.of("m", 2L),
            Map.of("s", 3L),
            List.of("b", "a", "b"),
            4);

    SessionDetails details = command.toDetails();

    assertEquals("e", details.externalId());
    assertEquals(Environment.CI, details.environment());
    assertEquals(project, details.projectId());
    assertEquals(SessionStatus.ACTIVE, details.status());
    assertEquals(5, details.config().maxMessages());
    assertEquals(List.of("f"), details.config().features());
    assertEquals(Map.of("m", 2L), details.metadata());
    assertEquals(List.of("b", "a"), List.copyOf(details.tags()), "duplicates collapse, order kept");
    assertEquals(4, details.schemaVersion());
  }
}
