package dev.sessionvault.domain.session;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionContent;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageContent;
import dev.sessionvault.domain.message.MessageRole;
import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoContent;
import dev.sessionvault.domain.todo.TodoStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionTest {
  private static final UUID ACCOUNT = UUID.fromString("0192b9e4-5c1a-7f3e-9d2a-4b6c8e0f1a2b");
  private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);
  private static final Instant T3 = T0.plusSeconds(180);

  private static Session newSession(SessionStatus initial) {
    return new Session(ACCOUNT, details(initial), T0);
  }

  private static SessionDetails details(SessionStatus initial) {
    return new SessionDetails(
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
        initial,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A session that reached {@code terminal} at T1. */
  private static Session closedSession(SessionStatus terminal) {
    Session session = newSession(SessionStatus.ACTIVE);
    session.moveTo(terminal, null, T1);
    return session;
  }

  private static MessageContent text(MessageRole role, String content) {
    return withUsage(role, content, null, null);
  }

  private static MessageContent withUsage(
      MessageRole role, String content, TokenCounts tokens, BigDecimal costUsd) {
    return new MessageContent(
        null, null, role, content, null, null, null, null, tokens, costUsd, null);
  }

  @Nested
  class Creation {
    @Test
    void startsInitializingWithEmptyAggregates() {
      Session session = newSession(null);

      assertAll(
          () -> assertNull(session.id(), "the id is assigned on persist"),
          () -> assertEquals(ACCOUNT, session.accountId()),
          () -> assertEquals("claude_code", session.origin().agent()),
          () -> assertEquals(SessionStatus.INITIALIZING, session.status()),
          () -> assertEquals(1, session.origin().schemaVersion()),
          () -> assertEquals(T0, session.createdAt()),
          () -> assertEquals(T0, session.updatedAt()),
          () -> assertEquals(T0, session.lastActivityAt()),
          () -> assertNull(session.closedAt()),
          () -> assertNull(session.error()),
          () -> assertNull(session.preview()),
          () -> assertEquals(0, session.counters().messageCount()),
          () -> assertEquals(0, session.counters().turnCount()),
          () -> assertEquals(0, session.counters().tokens().input()),
          () -> assertEquals(BigDecimal.ZERO, session.counters().totalCostUsd()),
          () -> assertEquals(0, session.counters().activeTodoCount()),
          () -> assertEquals(0, session.counters().interactionCount()),
          () -> assertEquals(Set.of(), session.tags()),
          // JSON columns are NOT NULL: absent objects are stored empty.
          () -> assertEquals(Map.of(), session.metadata()),
          () -> assertEquals(Map.of(), session.llmConfig()),
          () -> assertEquals(Map.of(), session.state()));
    }

    @Test
    void mayStartActive() {
      assertEquals(SessionStatus.ACTIVE, newSession(SessionStatus.ACTIVE).status());
    }

    @ParameterizedTest
    @EnumSource(names = {"IDLE", "COMPLETED", "FAILED"})
    void refusesToStartInANonInitialStatus(SessionStatus initial) {
      assertThrows(IllegalArgumentException.class, () -> newSession(initial));
    }

    @Test
    void takesTheClientsDetails() {
      SessionConfig config = new SessionConfig(100, 30, true, List.of("mcp"));
      UUID project = UUID.fromString("0192b9e4-0000-7000-8000-000000000001");
      Session session =
          new Session(
              ACCOUNT,
              new SessionDetails(
                  "ext-1",
                  "Fix login",
                  "summary",
                  "feature",
                  "codex",
                  Environment.VSCODE,
                  "gpt-5",
                  project,
                  "web",
                  "/src/app",
                  "main",
                  SessionStatus.ACTIVE,
                  config,
                  Map.of("temperature", 0L),
                  Map.of("ticket", "SV-1"),
                  Map.of("step", 2L),
                  Set.of("b", "a"),
                  3),
              T0);

      assertAll(
          () -> assertEquals("ext-1", session.origin().externalId()),
          () -> assertEquals("Fix login", session.name()),
          () -> assertEquals("feature", session.origin().type()),
          () -> assertEquals("codex", session.origin().agent()),
          () -> assertEquals(Environment.VSCODE, session.origin().environment()),
          () -> assertEquals(project, session.projectId()),
          () -> assertEquals("main", session.origin().gitBranch()),
          () -> assertSame(config, session.config()),
          () -> assertEquals(Map.of("ticket", "SV-1"), session.metadata()),
          () -> assertEquals(Set.of("a", "b"), session.tags()),
          () -> assertEquals(3, session.origin().schemaVersion()));
    }
  }

  @Nested
  class StatusChanges {
    @Test
    void legalMoveChangesStatusAndUpdatedAtOnly() {
      Session session = newSession(null);

      session.moveTo(SessionStatus.ACTIVE, null, T1);

      assertEquals(SessionStatus.ACTIVE, session.status());
      assertEquals(T1, session.updatedAt());
      assertEquals(T0, session.lastActivityAt());
      assertNull(session.closedAt(), "only terminal statuses close a session");
      assertNull(session.error());
    }

    @Test
    void idleIsNotClosed() {
      Session session = newSession(SessionStatus.ACTIVE);

      session.moveTo(SessionStatus.IDLE, null, T1);

      assertNull(session.closedAt());
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "FAILED"})
    void terminalMoveClosesTheSession(SessionStatus terminal) {
      Session session = newSession(SessionStatus.ACTIVE);

      session.moveTo(terminal, null, T2);

      assertEquals(terminal, session.status());
      assertEquals(T2, session.closedAt());
      assertEquals(T2, session.updatedAt());
    }

    @Test
    void failureRecordsTheError() {
      Session session = newSession(SessionStatus.ACTIVE);

      session.moveTo(SessionStatus.FAILED, "model quota exceeded", T1);

      assertEquals("model quota exceeded", session.error());
    }

    @Test
    void illegalMoveIsRefusedWithTheAllowedTargets() {
      Session session = newSession(null);

      IllegalStatusTransitionException refused =
          assertThrows(
              IllegalStatusTransitionException.class,
              () -> session.moveTo(SessionStatus.IDLE, "ignored", T1));

      assertEquals(
          Map.of("currentStatus", "initializing", "allowedTargets", List.of("active", "failed")),
          refused.details());
      assertEquals(
          "a session that is 'initializing' cannot become 'idle'; allowed: active, failed",
          refused.getMessage());
      assertEquals(SessionStatus.INITIALIZING, session.status());
      assertEquals(T0, session.updatedAt());
      assertNull(session.error(), "a refused move records nothing");
    }

    @Test
    void terminalSessionCannotMoveAnywhere() {
      Session session = closedSession(SessionStatus.COMPLETED);

      IllegalStatusTransitionException refused =
          assertThrows(
              IllegalStatusTransitionException.class,
              () -> session.moveTo(SessionStatus.ACTIVE, null, T2));

      assertEquals(
          Map.of("currentStatus", "completed", "allowedTargets", List.of()), refused.details());
      assertTrue(refused.getMessage().endsWith("'completed' is terminal"), refused.getMessage());
      assertEquals(T1, session.closedAt());
    }
  }

  @Nested
  class Messages {
    @Test
    void sequenceNumbersAreGaplessFromOne() {
      Session session = newSession(null);

      List<Long> seqs =
          List.of(
                  Message.append(session, text(MessageRole.USER, "a"), T1),
                  Message.append(session, text(MessageRole.ASSISTANT, "b"), T1),
                  Message.append(session, text(MessageRole.TOOL, "c"), T1))
              .stream()
              .map(Message::seq)
              .toList();

      assertEquals(List.of(1L, 2L, 3L), seqs);
      assertEquals(3, session.counters().messageCount());
    }

    @Test
    void messageBelongsToTheSessionAndDefaultsItsTimestamp() {
      Session session = newSession(null);

      Message message = Message.append(session, text(MessageRole.USER, "hello"), T1);

      assertSame(session, message.session());
      assertEquals(MessageRole.USER, message.role());
      assertEquals("hello", message.content());
      assertEquals(T1, message.timestamp());
      assertEquals(T1, message.createdAt());
      assertEquals(TokenCounts.NONE, message.tokens());
    }

    @Test
    void aggregatesAreExactSums() {
      Session session = newSession(null);

      Message.append(session, text(MessageRole.USER, "q"), T1);
      Message.append(
          session,
          withUsage(
              MessageRole.ASSISTANT, "a1", new TokenCounts(100, 20, 3, 4), new BigDecimal("0.1")),
          T1);
      Message.append(
          session, withUsage(MessageRole.TOOL, "t", new TokenCounts(5, 0, 0, 1), null), T2);
      Message.append(
          session,
          withUsage(
              MessageRole.ASSISTANT,
              "a2",
              new TokenCounts(1_000_000, 2_000, 30_000, 0),
              new BigDecimal("0.20000001")),
          T3);

      assertAll(
          () -> assertEquals(4, session.counters().messageCount()),
          () ->
              assertEquals(
                  2, session.counters().turnCount(), "turns count assistant messages only"),
          () -> assertEquals(1_000_105, session.counters().tokens().input()),
          () -> assertEquals(2_020, session.counters().tokens().output()),
          () -> assertEquals(30_003, session.counters().tokens().cacheRead()),
          () -> assertEquals(5, session.counters().tokens().cacheWrite()),
          // Decimal arithmetic: 0.1 + 0.20000001 is exact, a missing cost adds nothing.
          () -> assertEquals(new BigDecimal("0.30000001"), session.counters().totalCostUsd()),
          () -> assertEquals(T3, session.lastActivityAt()),
          () -> assertEquals(T3, session.updatedAt()),
          () -> assertEquals(T0, session.createdAt()));
    }

    @Test
    void tokenSumsThatOverflowAreRefusedAndChangeNothing() {
      Session session = newSession(null);
      Message.append(
          session,
          withUsage(MessageRole.ASSISTANT, "a", new TokenCounts(Long.MAX_VALUE, 0, 0, 0), null),
          T1);

      ValidationException refused =
          assertThrows(
              ValidationException.class,
              () ->
                  Message.append(
                      session,
                      withUsage(MessageRole.ASSISTANT, "b", new TokenCounts(1, 0, 0, 0), null),
                      T2));
      assertEquals("tokens", refused.errors().get(0).field());
      assertEquals(1, session.counters().messageCount());
      assertEquals(1, session.counters().turnCount());
      assertEquals(Long.MAX_VALUE, session.counters().tokens().input());
    }

    @Test
    void aTotalCostBeyondWhatIsStoredIsRefused() {
      Session session = newSession(null);
      Message.append(
          session,
          withUsage(MessageRole.ASSISTANT, "a", TokenCounts.NONE, new BigDecimal("999999999999")),
          T1);

      ValidationException refused =
          assertThrows(
              ValidationException.class,
              () ->
                  Message.append(
                      session,
                      withUsage(MessageRole.ASSISTANT, "b", TokenCounts.NONE, BigDecimal.ONE),
                      T2));
      assertEquals("costUsd", refused.errors().get(0).field());
      assertEquals(1, session.counters().messageCount());
    }

    @ParameterizedTest
    @EnumSource(names = {"INITIALIZING", "IDLE"})
    void aMessageActivatesAnInitializingOrIdleSession(SessionStatus status) {
      Session session = newSession(null);
      if (status == SessionStatus.IDLE) {
        session.moveTo(SessionStatus.ACTIVE, null, T0);
        session.moveTo(SessionStatus.IDLE, null, T0);
      }

      Message.append(session, text(MessageRole.USER, "resume"), T1);

      assertEquals(SessionStatus.ACTIVE, session.status());
      assertNull(session.closedAt());
    }
  }

  @Nested
  class Preview {
    @Test
    void isTheFirstUserMessageWithWhitespaceCollapsed() {
      Session session = newSession(null);

      Message.append(session, text(MessageRole.SYSTEM, "You are a helpful assistant"), T1);
      Message.append(session, text(MessageRole.USER, "  Why does\n\n the\tbuild   fail?\r\n"), T1);
      Message.append(session, text(MessageRole.USER, "second question"), T2);

      assertEquals("Why does the build fail?", session.preview());
    }

    @Test
    void staysEmptyWithoutUserMessages() {
      Session session = newSession(null);

      Message.append(session, text(MessageRole.ASSISTANT, "hello"), T1);
      Message.append(session, text(MessageRole.TOOL, "output"), T1);

      assertNull(session.preview());
    }

    @Test
    void isCutTo200Characters() {
      String longText = "x".repeat(150) + " \n " + "y".repeat(150);

      String preview = SessionPreview.of(longText);

      assertEquals("x".repeat(150) + " " + "y".repeat(49), preview);
    }

    @Test
    void keepsTextOfExactly200Characters() {
      String exact = "z".repeat(SessionPreview.LENGTH);

      assertEquals(exact, SessionPreview.of(exact));
    }

    /** varchar(200) counts UTF-16 units on H2, so the preview is cut there, never inside a pair. */
    @Test
    void neverSplitsASurrogatePairAtTheBoundary() {
      String emoji = "\uD83D\uDE00"; // U+1F600, two UTF-16 units
      String text = "a".repeat(199) + emoji + "tail";

      String preview = SessionPreview.of(text);

      assertEquals("a".repeat(199), preview);
      assertEquals("a".repeat(198) + emoji, SessionPreview.of("a".repeat(198) + emoji + "tail"));
    }

    @Test
    void astralTextFitsTheColumn() {
      String emoji = "\uD83D\uDE80";

      assertEquals(emoji.repeat(100), SessionPreview.of(emoji.repeat(250)));
      assertEquals(SessionPreview.LENGTH, SessionPreview.of(emoji.repeat(250)).length());
    }

    @Test
    void aBlankFirstUserMessageLeavesTheNextOneToBeThePreview() {
      Session session = newSession(null);

      Message.append(session, text(MessageRole.USER, " \n\u2003 "), T1);
      assertNull(session.preview());
      Message.append(session, text(MessageRole.USER, "the real question"), T2);

      assertEquals("the real question", session.preview());
    }

    @Test
    void isComputedFromTheAppendedMessage() {
      Session session = newSession(null);

      Message.append(session, text(MessageRole.USER, "q".repeat(199) + "\uD83D\uDE00!"), T1);

      assertEquals("q".repeat(199), session.preview());
    }
  }

  @Nested
  class Todos {
    @Test
    void replaceNumbersPositionsAndCountsActiveItems() {
      Session session = newSession(null);
      List<TodoContent> items =
          List.of(
              new TodoContent("write tests", TodoStatus.PENDING, "Writing tests"),
              new TodoContent("fix bug", TodoStatus.IN_PROGRESS, "Fixing the bug"),
              new TodoContent("read code", TodoStatus.COMPLETED, null),
              new TodoContent("ship", TodoStatus.PENDING, null));

      List<Todo> todos = Todo.replaceList(session, items, T1);

      assertEquals(List.of(0, 1, 2, 3), todos.stream().map(Todo::position).toList());
      assertEquals(
          List.of("write tests", "fix bug", "read code", "ship"),
          todos.stream().map(Todo::content).toList());
      assertEquals(TodoStatus.IN_PROGRESS, todos.get(1).status());
      assertEquals("Fixing the bug", todos.get(1).activeForm());
      assertSame(session, todos.get(0).session());
      assertEquals(3, session.counters().activeTodoCount(), "pending + in_progress");
      assertEquals(T1, session.updatedAt());
      assertEquals(T1, session.lastActivityAt());
    }

    @Test
    void replacingWithAnEmptyListClearsTheActiveCount() {
      Session session = newSession(null);
      Todo.replaceList(session, List.of(new TodoContent("a", TodoStatus.PENDING, null)), T1);

      List<Todo> todos = Todo.replaceList(session, List.of(), T2);

      assertEquals(List.of(), todos);
      assertEquals(0, session.counters().activeTodoCount());
    }
  }

  @Nested
  class Interactions {
    @Test
    void areNumberedInRecordingOrder() {
      Session session = newSession(null);
      InteractionContent ls = new InteractionContent("ls", "a b", 0, T0, T1);

      Interaction first = Interaction.record(session, ls, T1);
      Interaction second =
          Interaction.record(session, new InteractionContent("pwd", null, null, null, null), T2);
      Interaction third =
          Interaction.record(session, new InteractionContent("false", "", 1, null, null), T3);

      assertEquals(List.of(1L, 2L, 3L), List.of(first.seq(), second.seq(), third.seq()));
      assertEquals(3, session.counters().interactionCount());
      assertEquals("ls", first.command());
      assertEquals(0, first.exitCode());
      assertEquals(1, third.exitCode());
      assertSame(session, first.session());
      assertEquals(T3, session.lastActivityAt());
    }
  }

  @Nested
  class ClosedSessions {
    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "FAILED"})
    void refuseMessages(SessionStatus terminal) {
      Session session = closedSession(terminal);

      SessionClosedException refused =
          assertThrows(
              SessionClosedException.class,
              () -> Message.append(session, text(MessageRole.USER, "late"), T2));

      assertEquals(
          Map.of("currentStatus", terminal.name().toLowerCase(Locale.ROOT)), refused.details());
      assertEquals(0, session.counters().messageCount());
      assertNull(session.preview());
      assertEquals(terminal, session.status(), "a closed session is never reactivated");
      assertEquals(T0, session.lastActivityAt());
      assertEquals(T1, session.updatedAt());
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "FAILED"})
    void refuseTodos(SessionStatus terminal) {
      Session session = closedSession(terminal);

      assertThrows(
          SessionClosedException.class,
          () ->
              Todo.replaceList(
                  session, List.of(new TodoContent("x", TodoStatus.PENDING, null)), T2));
      assertEquals(0, session.counters().activeTodoCount());
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "FAILED"})
    void refuseInteractions(SessionStatus terminal) {
      Session session = closedSession(terminal);

      assertThrows(
          SessionClosedException.class,
          () -> Interaction.record(session, new InteractionContent("ls", null, 0, null, null), T2));
      assertEquals(0, session.counters().interactionCount());
    }

    @ParameterizedTest
    @EnumSource(names = {"INITIALIZING", "ACTIVE"})
    void openSessionsPassRequireOpen(SessionStatus status) {
      newSession(status).requireOpen();
    }
  }
}
