package dev.sessionvault.web.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.ChangeStatusCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.command.session.SessionConfigInput;
import dev.sessionvault.application.command.session.SessionFields;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.command.session.TokensInput;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.todo.TodoStatus;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonBinderTest {
  private static final String INT = "must be an integer between -2147483648 and 2147483647";
  private static final String LONG =
      "must be an integer between -9223372036854775808 and 9223372036854775807";
  private static final String INSTANT =
      "must be an ISO 8601 instant with offset, e.g. 2026-11-21T09:30:00Z";
  private static final String A_UUID =
      "must be a UUID such as 0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b";
  private static final UUID PROJECT = UUID.fromString("0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b");

  /** Parses JSON written with single quotes, which keeps the documents below readable. */
  private static JsonValue json(String singleQuoted) {
    try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
      return reader.readValue();
    }
  }

  private static List<FieldError> errorsBinding(String document, Class<?> type) {
    return assertThrows(ValidationException.class, () -> JsonBinder.bind(json(document), type))
        .errors();
  }

  /** A nested chain of {@code levels} objects {"a": {"a": ... {}}}. */
  private static JsonObject nestedObjects(int levels) {
    JsonObject value = JsonValue.EMPTY_JSON_OBJECT;
    for (int i = 1; i < levels; i++) {
      value = Json.createObjectBuilder().add("a", value).build();
    }
    return value;
  }

  /** A nested chain of {@code levels} arrays [[[...]]]. */
  private static JsonArray nestedArrays(int levels) {
    JsonArray value = JsonValue.EMPTY_JSON_ARRAY;
    for (int i = 1; i < levels; i++) {
      value = Json.createArrayBuilder().add(value).build();
    }
    return value;
  }

  private static JsonObject withMetadata(JsonValue metadata) {
    return Json.createObjectBuilder().add("agent", "codex").add("metadata", metadata).build();
  }

  @Nested
  class Records {
    @Test
    void bindsEveryMemberTypeOfACreateSessionCommand() {
      CreateSessionCommand command =
          JsonBinder.bind(
              json(
                  """
                  {'externalId': 'ext-1', 'name': 'Fix login', 'summary': 's', 'type': 'feature',
                   'agent': 'claude_code', 'environment': 'vscode', 'model': 'claude-opus',
                   'projectId': '0192B9E4-5C1A-7F3E-9D2A-4B6C8E0F1A2B', 'component': 'web',
                   'projectPath': '/src', 'gitBranch': 'main', 'status': 'active',
                   'config': {'maxMessages': 100, 'idleTimeoutMinutes': 30,
                              'persistenceEnabled': true, 'features': ['mcp', 'vision']},
                   'llmConfig': {'temperature': 0.2}, 'metadata': {'ticket': 'SV-1'},
                   'state': {}, 'tags': ['a', 'b'], 'schemaVersion': 2}
                  """),
              CreateSessionCommand.class);

      assertEquals(
          new CreateSessionCommand(
              "ext-1",
              "Fix login",
              "s",
              "feature",
              "claude_code",
              "vscode",
              "claude-opus",
              PROJECT,
              "web",
              "/src",
              "main",
              "active",
              new SessionConfigInput(100, 30, true, List.of("mcp", "vision")),
              Map.of("temperature", new BigDecimal("0.2")),
              Map.of("ticket", "SV-1"),
              Map.of(),
              List.of("a", "b"),
              2),
          command);
    }

    @Test
    void absentAndNullMembersAreNull() {
      CreateSessionCommand command =
          JsonBinder.bind(
              json("{'agent': 'codex', 'name': null, 'config': null, 'tags': null}"),
              CreateSessionCommand.class);

      assertEquals(
          new CreateSessionCommand(
              null, null, null, null, "codex", null, null, null, null, null, null, null, null, null,
              null, null, null, null),
          command);
    }

    @Test
    void listsUnknownFieldsWithTheAllowedOnes() {
      String allowed =
          "unknown field; allowed fields: agent, component, config, environment, externalId,"
              + " gitBranch, llmConfig, metadata, model, name, projectId, projectPath,"
              + " schemaVersion, state, status, summary, tags, type";

      assertEquals(
          List.of(new FieldError("age", allowed), new FieldError("colour", allowed)),
          errorsBinding(
              "{'agent': 'codex', 'colour': 'red', 'age': 3}", CreateSessionCommand.class));
    }

    @Test
    void namesUnknownFieldsOfNestedRecordsByTheirPath() {
      assertEquals(
          List.of(
              new FieldError(
                  "config.maxMesages",
                  "unknown field; allowed fields: features, idleTimeoutMinutes, maxMessages,"
                      + " persistenceEnabled")),
          errorsBinding(
              "{'agent': 'codex', 'config': {'maxMesages': 10}}", CreateSessionCommand.class));
    }

    @Test
    void requiresAnObjectForARecord() {
      assertEquals(
          List.of(new FieldError("", "must be an object")),
          errorsBinding("['agent']", CreateSessionCommand.class));
    }

    @Test
    void reportsPrimitiveMembersThatAreMissingOrNull() {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () ->
                  JsonBinder.bind(
                      json("{'input': 1, 'output': null}"), TokenCounts.class, "tokens"));

      assertEquals(
          List.of(
              new FieldError("tokens.output", "is required"),
              new FieldError("tokens.cacheRead", "is required"),
              new FieldError("tokens.cacheWrite", "is required")),
          e.errors());
    }

    @Test
    void reportsARecordConstructorsRefusalAtTheRecordsPath() {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () ->
                  JsonBinder.bind(
                      json("{'input': -1, 'output': 0, 'cacheRead': 0, 'cacheWrite': 0}"),
                      TokenCounts.class,
                      "tokens"));

      assertEquals(
          List.of(new FieldError("tokens", "token counts cannot be negative")), e.errors());
    }

    @Test
    void reportsEveryProblemAtOnce() {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () ->
                  JsonBinder.bind(
                      json(
                          """
                          {'agent': 7, 'colour': 'red', 'projectId': 'nope', 'status': 'done',
                           'config': {'maxMessages': 'ten', 'size': 1}, 'tags': ['ok', 5]}
                          """),
                      CreateSessionCommand.class));

      // Unknown fields first, then the members in declaration order, nested records likewise.
      assertEquals(
          List.of(
              "colour",
              "agent",
              "projectId",
              "status",
              "config.size",
              "config.maxMessages",
              "tags[1]"),
          e.errors().stream().map(FieldError::field).toList());
      assertEquals(
          List.of(
              "must be a string",
              A_UUID,
              "must be one of: initializing, active, idle, completed, failed",
              INT,
              "must be a string"),
          List.of(
              e.errors().get(1).message(),
              e.errors().get(2).message(),
              e.errors().get(3).message(),
              e.errors().get(5).message(),
              e.errors().get(6).message()));
      assertEquals(
          e.errors().get(0).field() + ": " + e.errors().get(0).message() + " (and 6 more)",
          e.getMessage());
    }
  }

  @Nested
  class MemberTypes {
    static Stream<Arguments> wrongSessionMembers() {
      return Stream.of(
          Arguments.of("'name': 5", "name", "must be a string"),
          Arguments.of("'name': true", "name", "must be a string"),
          Arguments.of("'name': ['x']", "name", "must be a string"),
          Arguments.of("'schemaVersion': '2'", "schemaVersion", INT),
          Arguments.of("'schemaVersion': 1.5", "schemaVersion", INT),
          Arguments.of("'schemaVersion': 2147483648", "schemaVersion", INT),
          Arguments.of("'schemaVersion': -2147483649", "schemaVersion", INT),
          Arguments.of("'config': 'big'", "config", "must be an object"),
          Arguments.of("'config': {'maxMessages': 2147483648}", "config.maxMessages", INT),
          Arguments.of(
              "'config': {'persistenceEnabled': 'true'}",
              "config.persistenceEnabled",
              "must be true or false"),
          Arguments.of(
              "'config': {'persistenceEnabled': 1}",
              "config.persistenceEnabled",
              "must be true or false"),
          Arguments.of("'config': {'features': 'mcp'}", "config.features", "must be an array"),
          Arguments.of(
              "'config': {'features': ['mcp', 1]}", "config.features[1]", "must be a string"),
          Arguments.of("'tags': 'a'", "tags", "must be an array"),
          Arguments.of("'tags': ['ok', 7]", "tags[1]", "must be a string"),
          Arguments.of("'tags': ['ok', 'fine', {}]", "tags[2]", "must be a string"),
          Arguments.of("'metadata': []", "metadata", "must be an object"),
          Arguments.of("'metadata': 'x'", "metadata", "must be an object"),
          Arguments.of(
              "'environment': 'VSCODE'",
              "environment",
              "must be one of: local, vscode, jetbrains, ci, web, other"),
          Arguments.of(
              "'environment': 1",
              "environment",
              "must be one of: local, vscode, jetbrains, ci, web, other"),
          Arguments.of(
              "'status': 'done'",
              "status",
              "must be one of: initializing, active, idle, completed, failed"),
          Arguments.of("'projectId': '0192b9e45c1a7f3e9d2a4b6c8e0f1a2b'", "projectId", A_UUID),
          // UUID.fromString would accept this short form; the API does not.
          Arguments.of("'projectId': '1-1-1-1-1'", "projectId", A_UUID),
          Arguments.of(
              "'projectId': '{0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b}'", "projectId", A_UUID),
          Arguments.of("'projectId': 42", "projectId", A_UUID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongSessionMembers")
    void rejectsWrongJsonTypesInASession(String member, String path, String message) {
      assertEquals(
          List.of(new FieldError(path, message)),
          errorsBinding("{'agent': 'codex', " + member + "}", CreateSessionCommand.class));
    }

    static Stream<Arguments> wrongMessageMembers() {
      return Stream.of(
          Arguments.of("'role': 'robot'", "role", "must be one of: user, assistant, system, tool"),
          Arguments.of("'role': 'USER'", "role", "must be one of: user, assistant, system, tool"),
          Arguments.of("'costUsd': '0.5'", "costUsd", "must be a number"),
          Arguments.of("'costUsd': true", "costUsd", "must be a number"),
          Arguments.of("'tokens': {'input': 9223372036854775808}", "tokens.input", LONG),
          Arguments.of("'tokens': {'output': 0.5}", "tokens.output", LONG),
          Arguments.of("'tokens': {'cacheRead': '1'}", "tokens.cacheRead", LONG),
          Arguments.of("'timestamp': '2026-11-21T09:30:00'", "timestamp", INSTANT),
          Arguments.of("'timestamp': '2026-11-21'", "timestamp", INSTANT),
          Arguments.of("'timestamp': 'yesterday'", "timestamp", INSTANT),
          Arguments.of("'timestamp': 1763717400", "timestamp", INSTANT),
          Arguments.of("'blocks': {}", "blocks", "must be an array"),
          Arguments.of("'blocks': ['text']", "blocks[0]", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongMessageMembers")
    void rejectsWrongJsonTypesInAMessage(String member, String path, String message) {
      assertEquals(
          List.of(new FieldError(path, message)),
          errorsBinding("{'content': 'x', " + member + "}", AppendMessageCommand.class));
    }

    @ParameterizedTest
    @CsvSource({
      "2147483647, 2147483647",
      "-2147483648, -2147483648",
      "10.0, 10",
      "1e3, 1000",
    })
    void acceptsIntegralNumbersInTheIntegerRange(String json, int expected) {
      SessionConfigInput config =
          JsonBinder.bind(json("{'maxMessages': " + json + "}"), SessionConfigInput.class);

      assertEquals(expected, config.maxMessages());
    }

    @Test
    void acceptsTheWholeLongRange() {
      TokensInput tokens =
          JsonBinder.bind(
              json("{'input': 9223372036854775807, 'output': -9223372036854775808}"),
              TokensInput.class);

      assertEquals(new TokensInput(Long.MAX_VALUE, Long.MIN_VALUE, null, null), tokens);
    }

    @ParameterizedTest
    @CsvSource({"0.00000001, 0.00000001", "1E-8, 0.00000001", "12.50, 12.50", "3, 3"})
    void keepsDecimalsExactly(String json, BigDecimal expected) {
      AppendMessageCommand message =
          JsonBinder.bind(
              json("{'role': 'user', 'costUsd': " + json + "}"), AppendMessageCommand.class);

      // BigDecimal.equals compares the scale too: nothing was rounded through a double.
      assertEquals(expected, message.costUsd());
    }

    @ParameterizedTest
    @CsvSource({
      "2026-11-21T09:30:00Z, 2026-11-21T09:30:00Z",
      "2026-11-21T10:30:00+01:00, 2026-11-21T09:30:00Z",
      "2026-11-21T04:00:00-05:30, 2026-11-21T09:30:00Z",
      "2026-11-21T09:30:00.123456789+00:00, 2026-11-21T09:30:00.123456Z",
      "2026-11-22T01:30:00.5+16:00, 2026-11-21T09:30:00.500Z",
    })
    void instantsReachTheDomainInUtcMicroseconds(String json, String expected) {
      AppendMessageCommand message =
          JsonBinder.bind(
              json("{'role': 'user', 'timestamp': '" + json + "'}"), AppendMessageCommand.class);

      assertEquals(Instant.parse(expected), message.toDomain().timestamp());
    }

    @Test
    void acceptsUuidsInEitherCase() {
      CreateSessionCommand command =
          JsonBinder.bind(
              json("{'agent': 'a', 'projectId': '0192B9E4-5C1A-7F3E-9D2A-4B6C8E0F1A2B'}"),
              CreateSessionCommand.class);

      assertEquals(PROJECT, command.projectId());
    }

    @Test
    void bindsWireNamesOfEnumerations() {
      TodoItemCommand item =
          JsonBinder.bind(json("{'content': 'x', 'status': 'in_progress'}"), TodoItemCommand.class);

      assertEquals(TodoStatus.IN_PROGRESS, item.toDomain().status());
    }

    @Test
    void leavesNullListElementsToBeanValidation() {
      CreateSessionCommand command =
          JsonBinder.bind(json("{'agent': 'a', 'tags': ['ok', null]}"), CreateSessionCommand.class);

      assertEquals(Arrays.asList("ok", null), command.tags());
    }
  }

  @Nested
  class FreeForm {
    @Test
    void convertsJsonToPlainJavaValues() {
      CreateSessionCommand command =
          JsonBinder.bind(
              json(
                  """
                  {'agent': 'a', 'metadata': {
                    'int': 3, 'negative': -5, 'max': 9223372036854775807,
                    'huge': 12345678901234567890, 'decimal': 0.25, 'integralDecimal': 2.0,
                    'text': 'x', 'yes': true, 'no': false, 'nothing': null,
                    'list': [1, 'two', {'three': 3.5}], 'nested': {'deeper': {'n': 7}}}}
                  """),
              CreateSessionCommand.class);

      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("int", 3L);
      expected.put("negative", -5L);
      expected.put("max", Long.MAX_VALUE);
      expected.put("huge", new BigDecimal("12345678901234567890"));
      expected.put("decimal", new BigDecimal("0.25"));
      expected.put("integralDecimal", new BigDecimal("2.0"));
      expected.put("text", "x");
      expected.put("yes", true);
      expected.put("no", false);
      expected.put("nothing", null);
      expected.put("list", List.of(1L, "two", Map.of("three", new BigDecimal("3.5"))));
      expected.put("nested", Map.of("deeper", Map.of("n", 7L)));
      Map<String, Object> metadata = command.metadata();
      assertEquals(expected, metadata);
      // Integers within long range are Longs, everything else stays an exact BigDecimal.
      assertEquals(Long.class, metadata.get("int").getClass());
      assertEquals(BigDecimal.class, metadata.get("huge").getClass());
      assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(metadata.keySet()));
    }

    @Test
    void acceptsNestingUpTo64LevelsBelowTheDocument() {
      // The document is level 0 and metadata level 1: its innermost object here is level 64.
      CreateSessionCommand command =
          JsonBinder.bind(withMetadata(nestedObjects(64)), CreateSessionCommand.class);

      assertEquals(nestedObjects(64), JsonBinder.toJson(command.metadata()));
    }

    @Test
    void rejectsObjectsNestedDeeper() {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> JsonBinder.bind(withMetadata(nestedObjects(65)), CreateSessionCommand.class));

      assertEquals(
          List.of(new FieldError("metadata" + ".a".repeat(64), "nests deeper than 64 levels")),
          e.errors());
    }

    @Test
    void rejectsArraysNestedDeeper() {
      JsonObject ok = Json.createObjectBuilder().add("a", nestedArrays(63)).build();
      JsonObject tooDeep = Json.createObjectBuilder().add("a", nestedArrays(64)).build();

      JsonBinder.bind(withMetadata(ok), CreateSessionCommand.class);
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> JsonBinder.bind(withMetadata(tooDeep), CreateSessionCommand.class));

      assertEquals(
          List.of(new FieldError("metadata.a" + "[0]".repeat(63), "nests deeper than 64 levels")),
          e.errors());
    }
  }

  @Nested
  class Batches {
    @Test
    void bindEachKeepsTheOrder() {
      List<AppendMessageCommand> messages =
          JsonBinder.bindEach(
              json("[{'role': 'user', 'content': 'q'}, {'role': 'assistant', 'content': 'a'}]")
                  .asJsonArray(),
              AppendMessageCommand.class);

      assertEquals(
          List.of("user", "assistant"), messages.stream().map(AppendMessageCommand::role).toList());
      assertEquals("a", messages.get(1).content());
    }

    @Test
    void bindEachPrefixesPathsWithTheIndex() {
      JsonArray batch =
          json("""
               [{'role': 'user', 'content': 'fine'},
                {'role': 'user', 'colour': 'x'},
                'text',
                {'role': 'robot', 'tokens': {'input': 'many'}}]
               """)
              .asJsonArray();

      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> JsonBinder.bindEach(batch, AppendMessageCommand.class));

      assertEquals(
          List.of(
              new FieldError(
                  "[1].colour",
                  "unknown field; allowed fields: blocks, content, costUsd, externalId, model,"
                      + " parentExternalId, role, timestamp, tokens, toolCallId, toolName"),
              new FieldError("[2]", "must be an object"),
              new FieldError("[3].role", "must be one of: user, assistant, system, tool"),
              new FieldError("[3].tokens.input", LONG)),
          e.errors());
    }
  }

  @Nested
  class ToJson {
    @Test
    void writesEveryMemberIncludingNulls() {
      assertEquals(
          json(
              "{'maxMessages': 5, 'idleTimeoutMinutes': null, 'persistenceEnabled': true,"
                  + " 'features': ['a']}"),
          JsonBinder.toJson(new SessionConfigInput(5, null, true, List.of("a"))));
    }

    @Test
    void writesInstantsAndUuidsAsStrings() {
      JsonObject json =
          JsonBinder.toJson(new ChangeStatusCommand("completed", null)).asJsonObject();
      JsonObject message =
          JsonBinder.toJson(
                  new AppendMessageCommand(
                      null,
                      null,
                      "tool",
                      "x",
                      null,
                      null,
                      null,
                      null,
                      null,
                      new BigDecimal("0.00000001"),
                      Instant.parse("2026-11-21T09:30:00.000001Z")))
              .asJsonObject();

      assertEquals("completed", json.getString("status"));
      assertEquals(JsonValue.NULL, json.get("error"));
      assertEquals("tool", message.getString("role"));
      assertEquals("2026-11-21T09:30:00.000001Z", message.getString("timestamp"));
      assertEquals(
          new BigDecimal("0.00000001"), message.getJsonNumber("costUsd").bigDecimalValue());
      assertEquals(
          PROJECT.toString(),
          JsonBinder.toJson(Map.of("id", PROJECT)).asJsonObject().getString("id"));
    }

    static Stream<Record> commands() {
      return Stream.of(
          new CreateSessionCommand(
              "ext-1",
              "Fix login",
              "s",
              "feature",
              "claude_code",
              "ci",
              "m",
              PROJECT,
              "web",
              "/src",
              "main",
              "initializing",
              new SessionConfigInput(100, 30, false, List.of("mcp")),
              Map.of("temperature", new BigDecimal("0.2"), "topK", 40L),
              Map.of("nested", Map.of("list", List.of(1L, "two", true))),
              Map.of(),
              List.of("b", "a"),
              7),
          new CreateSessionCommand(
              null, null, null, null, "codex", null, null, null, null, null, null, null, null, null,
              null, null, null, null),
          new AppendMessageCommand(
              "m-1",
              "m-0",
              "assistant",
              null,
              List.of(
                  Map.of("type", "text", "text", "hi"),
                  Map.of(
                      "type",
                      "tool_use",
                      "id",
                      "t1",
                      "name",
                      "Bash",
                      "input",
                      Map.of("command", "ls", "timeout", 30L))),
              "Bash",
              "t1",
              "claude-opus",
              new TokensInput(10L, 20L, null, 0L),
              new BigDecimal("0.01234567"),
              Instant.parse("2026-11-21T09:30:00.123456Z")),
          new SessionFields(
              "n",
              "s",
              List.of("x"),
              Map.of("k", "v"),
              new SessionConfigInput(null, 5, null, List.of()),
              Map.of(),
              Map.of("s", 1L),
              PROJECT),
          new ChangeStatusCommand("failed", "quota"),
          new TodoItemCommand("write tests", "pending", "Writing tests"),
          new RecordInteractionCommand(
              "ls",
              "a b",
              0,
              Instant.parse("2026-11-21T09:30:00Z"),
              Instant.parse("2026-11-21T09:30:01.5Z")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void bindReadsBackWhatToJsonWrites(Record command) {
      assertEquals(command, JsonBinder.bind(JsonBinder.toJson(command), command.getClass()));
    }

    @Test
    void readsInstantsAtFullPrecision() {
      // The domain keeps them to the microsecond, as stored (InteractionContentTest).
      RecordInteractionCommand nanos =
          new RecordInteractionCommand(
              "ls", null, null, Instant.parse("2026-11-21T09:30:00.123456789Z"), null);

      RecordInteractionCommand back =
          JsonBinder.bind(JsonBinder.toJson(nanos), RecordInteractionCommand.class);

      assertEquals(nanos.startedAt(), back.startedAt());
    }

    @Test
    void refusesTypesWithoutAJsonForm() {
      assertThrows(IllegalArgumentException.class, () -> JsonBinder.toJson(new Object()));
    }
  }
}
