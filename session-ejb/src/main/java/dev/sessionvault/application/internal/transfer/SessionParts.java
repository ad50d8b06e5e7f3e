package dev.sessionvault.application.internal.transfer;

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
import java.util.Set;

/**
 * The parts of an imported session, checked with the same constraints as the API's commands and
 * added through the same domain factories (so counts, tokens, cost and the preview are computed as
 * for any session). Every problem is reported at its place in the document; the first hundred are
 * collected before the session is given up.
 */
@ApplicationScoped
public class SessionParts {
  private static final int MAX_ERRORS = 100;

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

  /** Adds messages, todos and interactions; returns how many messages. */
  long add(Session session, ImportedSession document, RedactionCounts counts, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    long added = addMessages(session, document.messages(), counts, now, errors);
    List<TodoContent> items = new ArrayList<>();
    for (ImportedTodo todo : document.todos()) {
      if (violations(todo.source(), todo.item(), errors)) {
        items.add(redaction.todo(todo.item().toDomain(), counts));
      }
    }
    if (errors.isEmpty() && !items.isEmpty()) {
      todos.replace(session, Todo.replaceList(session, items, now));
    }
    Iterator<ImportedInteraction> parts = document.interactions();
    while (parts.hasNext() && errors.size() < MAX_ERRORS) {
      ImportedInteraction part = next(parts, errors);
      if (part != null && violations(part.source(), part.interaction(), errors)) {
        interactions.add(
            Interaction.record(
                session,
                redaction.interaction(part.interaction().toDomain(), counts),
                part.createdAt() == null ? now : part.createdAt()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return added;
  }

  private long addMessages(
      Session session,
      Iterator<ImportedMessage> parts,
      RedactionCounts counts,
      Instant now,
      List<FieldError> errors) {
    Set<String> externalIds = new HashSet<>();
    long added = 0;
    while (parts.hasNext() && errors.size() < MAX_ERRORS) {
      ImportedMessage part = next(parts, errors);
      if (part == null || !violations(part.source(), part.message(), errors)) {
        continue;
      }
      var command = part.message();
      if (command.content() == null && (command.blocks() == null || command.blocks().isEmpty())) {
        errors.add(
            new FieldError(part.source() + "/content", "is required unless blocks are given"));
        continue;
      }
      List<FieldError> blockErrors = ContentBlocks.check(command.blocks(), "blocks");
      if (!blockErrors.isEmpty()) {
        blockErrors.forEach(e -> errors.add(at(part.source(), e.field(), e.message())));
        continue;
      }
      if (command.externalId() != null && !externalIds.add(command.externalId())) {
        errors.add(
            new FieldError(
                part.source() + "/externalId", "repeats an earlier message's externalId"));
        continue;
      }
      if (errors.isEmpty()) {
        Instant stored = part.createdAt() != null ? part.createdAt() : now;
        messages.add(
            Message.append(session, redaction.message(command.toDomain(), counts), stored));
        added++;
      }
    }
    return added;
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
