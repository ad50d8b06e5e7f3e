package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.internal.IngestRedaction;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.ImportedSession.ImportedInteraction;
import dev.sessionvault.application.transfer.ImportedSession.ImportedMessage;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.message.ContentBlocks;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.TokenCounts;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.domain.shared.WireNames;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoContent;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The parts of an imported session, checked with the same constraints as the API's commands and
 * added through the same domain factories (so counts, tokens, cost and the preview are computed as
 * for any session). Every problem is reported at its place in the document; the first hundred are
 * collected before the session is given up. Parts are written {@value #BATCH} at a time and let go
 * of, so a session's length does not decide the heap its import needs. A transcript read again is
 * merged through the same road ({@link #merge}): known externalIds are the session's own messages.
 *
 * <p>Longer than 300 lines because an import and a transcript's sync share one batch loop whose
 * state (errors, renamed ids, unchanged and corrected messages) would otherwise travel between
 * classes.
 */
@ApplicationScoped
public class SessionParts {
  private static final int MAX_ERRORS = 100;

  /** Parts written and let go of at a time: at most what one session's import holds in memory. */
  static final int BATCH = 500;

  @Inject Validator validator;
  @Inject MessageRepository messages;
  @Inject TodoRepository todos;
  @Inject InteractionRepository interactions;
  @Inject IngestRedaction redaction;

  /** The session's own fields, before anything is written. */
  void check(ImportedSession document) {
    List<FieldError> errors = new ArrayList<>();
    violations(document.source() + "/session", document.session(), errors);
    if (document.finalStatus() != null
        && WireNames.parse(SessionStatus.class, document.finalStatus()).isEmpty()) {
      errors.add(
          new FieldError(
              document.source() + "/session/status",
              "must be one of: " + WireNames.allowed(SessionStatus.class)));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  SessionStatus finalStatus(ImportedSession document) {
    return document.finalStatus() == null
        ? SessionStatus.ACTIVE
        : WireNames.parse(SessionStatus.class, document.finalStatus()).orElseThrow();
  }

  /**
   * Adds messages, todos and interactions, keeping the ids parts had where no row holds them (a
   * warning says how many had to change); returns how many messages.
   */
  long add(
      Session session,
      ImportedSession document,
      RedactionCounts counts,
      Instant now,
      List<String> warnings) {
    Run run = new Run(session, counts, now);
    long added = addMessages(document.messages(), run);
    List<TodoContent> items = new ArrayList<>();
    for (ImportedTodo todo : document.todos()) {
      if (violations(todo.source(), todo.item(), run.errors)) {
        items.add(redaction.todo(todo.item().toDomain(), counts));
      }
    }
    if (run.errors.isEmpty() && !items.isEmpty()) {
      todos.replace(session, Todo.replaceList(session, items, now));
    }
    addInteractions(document.interactions(), run);
    if (!run.errors.isEmpty()) {
      throw new ValidationException(run.errors);
    }
    if (run.renamedMessages > 0) {
      warnings.add(run.renamedMessages + " message ids are taken: those messages have new ids");
    }
    if (run.renamedInteractions > 0) {
      warnings.add(
          run.renamedInteractions + " interaction ids are taken: those interactions have new ids");
    }
    return added;
  }

  /** What a transcript read again brought: new messages, known ones, and usages corrected. */
  record Merged(long added, long unchanged, long corrected, boolean todosReplaced) {}

  /**
   * Adds to a session the messages of a transcript read again that it does not hold yet (matched by
   * externalId), corrects the usage of the ones it holds where the transcript now shows more of a
   * response, and replaces the todo list when the transcript's last one differs.
   */
  Merged merge(Session session, ImportedSession document, RedactionCounts counts, Instant now) {
    Run run = new Run(session, counts, now);
    run.merging = true;
    long added = addMessages(document.messages(), run);
    List<TodoContent> items = new ArrayList<>();
    for (ImportedTodo todo : document.todos()) {
      if (violations(todo.source(), todo.item(), run.errors)) {
        items.add(redaction.todo(todo.item().toDomain(), counts));
      }
    }
    if (!run.errors.isEmpty()) {
      throw new ValidationException(run.errors);
    }
    boolean replaceTodos = !items.isEmpty() && !items.equals(current(session));
    if (replaceTodos) {
      todos.replace(session, Todo.replaceList(session, items, now));
    }
    return new Merged(added, run.unchanged, run.corrected, replaceTodos);
  }

  private List<TodoContent> current(Session session) {
    return todos.list(session).stream()
        .map(todo -> new TodoContent(todo.content(), todo.status(), todo.activeForm()))
        .toList();
  }

  /** One session's import: where it writes and what it found so far. */
  private static final class Run {
    final Session session;
    final RedactionCounts counts;
    final Instant now;
    final List<FieldError> errors = new ArrayList<>();
    int renamedMessages;
    int renamedInteractions;

    /** Known externalIds are messages the session holds, not repeats (a transcript read again). */
    boolean merging;

    long unchanged;
    long corrected;

    Run(Session session, RedactionCounts counts, Instant now) {
      this.session = session;
      this.counts = counts;
      this.now = now;
    }

    boolean writing() {
      return errors.isEmpty();
    }
  }

  private long addMessages(Iterator<ImportedMessage> parts, Run run) {
    List<ImportedMessage> batch = new ArrayList<>(BATCH);
    long added = 0;
    while (parts.hasNext() && run.errors.size() < MAX_ERRORS) {
      ImportedMessage part = next(parts, run.errors);
      if (part != null && valid(part, run.errors) && run.writing()) {
        batch.add(part);
        if (batch.size() == BATCH) {
          added += storeMessages(batch, run);
          batch.clear();
        }
      }
    }
    return added + (run.writing() ? storeMessages(batch, run) : 0);
  }

  private boolean valid(ImportedMessage part, List<FieldError> errors) {
    if (!violations(part.source(), part.message(), errors)) {
      return false;
    }
    var command = part.message();
    if (command.content() == null && (command.blocks() == null || command.blocks().isEmpty())) {
      errors.add(new FieldError(part.source() + "/content", "is required unless blocks are given"));
      return false;
    }
    List<FieldError> blockErrors = ContentBlocks.check(command.blocks(), "blocks");
    blockErrors.forEach(e -> errors.add(at(part.source(), e.field(), e.message())));
    return blockErrors.isEmpty();
  }

  /**
   * Writes a batch of checked messages. External ids must not repeat: within the batch, or among
   * the messages earlier batches wrote (in the database by now, so nothing grows in memory).
   */
  private int storeMessages(List<ImportedMessage> batch, Run run) {
    Set<UUID> taken = messages.takenIds(ids(batch, ImportedMessage::id));
    Set<String> externalIds = new HashSet<>();
    batch.forEach(part -> externalIds.add(part.message().externalId()));
    externalIds.remove(null);
    Map<String, Message> earlier = messages.findByExternalIds(run.session, externalIds);
    externalIds.clear();
    List<Message> stored = new ArrayList<>(batch.size());
    for (ImportedMessage part : batch) {
      String externalId = part.message().externalId();
      if (run.merging && externalId != null && earlier.containsKey(externalId)) {
        run.unchanged++;
        correctUsage(earlier.get(externalId), part.message(), run);
      } else if (externalId != null
          && (earlier.containsKey(externalId) || !externalIds.add(externalId))) {
        run.errors.add(
            new FieldError(
                part.source() + "/externalId", "repeats an earlier message's externalId"));
      } else if (run.writing()) {
        UUID id = keptId(part.id(), taken);
        run.renamedMessages += part.id() != null && id == null ? 1 : 0;
        stored.add(
            Message.restore(
                run.session,
                id,
                redaction.message(part.message().toDomain(), run.counts),
                part.createdAt() != null ? part.createdAt() : run.now));
      }
    }
    if (run.writing() && !stored.isEmpty()) {
      messages.addAndRelease(stored);
    }
    messages.release(earlier.values());
    return stored.size();
  }

  /** A held message whose response the transcript now shows with more usage takes that usage. */
  private void correctUsage(Message held, AppendMessageCommand part, Run run) {
    if (part.tokens() == null) {
      return;
    }
    TokenCounts tokens = part.tokens().toDomain();
    boolean sameCost =
        part.costUsd() == null
            ? held.costUsd() == null
            : held.costUsd() != null && part.costUsd().compareTo(held.costUsd()) == 0;
    if (!tokens.equals(held.tokens()) || !sameCost) {
      held.correctUsage(tokens, part.costUsd(), run.now);
      run.corrected++;
    }
  }

  private void addInteractions(Iterator<ImportedInteraction> parts, Run run) {
    List<ImportedInteraction> batch = new ArrayList<>(BATCH);
    while (parts.hasNext() && run.errors.size() < MAX_ERRORS) {
      ImportedInteraction part = next(parts, run.errors);
      if (part != null && violations(part.source(), part.interaction(), run.errors)) {
        batch.add(part);
        if (batch.size() == BATCH) {
          storeInteractions(batch, run);
          batch.clear();
        }
      }
    }
    storeInteractions(batch, run);
  }

  private void storeInteractions(List<ImportedInteraction> batch, Run run) {
    if (!run.writing() || batch.isEmpty()) {
      return;
    }
    Set<UUID> taken = interactions.takenIds(ids(batch, ImportedInteraction::id));
    List<Interaction> stored = new ArrayList<>(batch.size());
    for (ImportedInteraction part : batch) {
      UUID id = keptId(part.id(), taken);
      run.renamedInteractions += part.id() != null && id == null ? 1 : 0;
      stored.add(
          Interaction.restore(
              run.session,
              id,
              redaction.interaction(part.interaction().toDomain(), run.counts),
              part.createdAt() == null ? run.now : part.createdAt()));
    }
    interactions.addAndRelease(stored);
  }

  private static <T> Set<UUID> ids(List<T> parts, Function<T, UUID> id) {
    Set<UUID> ids = new HashSet<>();
    parts.forEach(part -> ids.add(id.apply(part)));
    ids.remove(null);
    return ids;
  }

  /** The id a part had, unless a row or an earlier part of the batch has it ({@code taken}). */
  private static UUID keptId(UUID id, Set<UUID> taken) {
    return id != null && taken.add(id) ? id : null;
  }

  /** The next part, or null (with the reader's errors recorded) when it could not be read. */
  private static <T> T next(Iterator<T> parts, List<FieldError> errors) {
    try {
      return parts.next();
    } catch (ValidationException unreadable) {
      errors.addAll(unreadable.errors());
      return null;
    }
  }

  /** Records the constraint violations of a part at its place; true when it has none. */
  private boolean violations(String source, Object part, List<FieldError> errors) {
    Set<ConstraintViolation<Object>> violations = validator.validate(part);
    for (ConstraintViolation<Object> violation : violations) {
      errors.add(at(source, pointer(violation.getPropertyPath()), violation.getMessage()));
    }
    return violations.isEmpty();
  }

  private static FieldError at(String source, String path, String message) {
    String pointer = path.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    return new FieldError(source + (pointer.isEmpty() ? "" : "/" + pointer), message);
  }

  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        pointer.append(pointer.length() == 0 ? "" : "/").append(node.getName());
      }
      if (node.getIndex() != null) {
        pointer.append("/").append(node.getIndex());
      }
    }
    return pointer.toString();
  }
}
