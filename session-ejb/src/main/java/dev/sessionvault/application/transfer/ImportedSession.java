package dev.sessionvault.application.transfer;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.RecordInteractionCommand;
import dev.sessionvault.application.command.session.TodoItemCommand;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * A session read from a document, in the current model. Messages and interactions are handed over
 * one by one as the reader parses them, so a long conversation never sits in memory whole; each
 * iterator may throw a {@link dev.sessionvault.domain.shared.ValidationException} naming the place
 * of a part it cannot read.
 *
 * @param session the session's fields; {@code status} is ignored (see {@code finalStatus})
 * @param finalStatus how the session ended up (wire name), restored after its parts
 */
public record ImportedSession(
    String source,
    UUID originalId,
    CreateSessionCommand session,
    String finalStatus,
    String error,
    Instant createdAt,
    Instant updatedAt,
    Instant lastActivityAt,
    Instant closedAt,
    UUID parentId,
    Long forkedAtSeq,
    Iterator<ImportedMessage> messages,
    Iterable<ImportedTodo> todos,
    Iterator<ImportedInteraction> interactions,
    String sourceFormat,
    int sourceVersion,
    List<String> warnings)
    implements ImportItem {

  /** The same document with other session fields and warnings. */
  public ImportedSession with(CreateSessionCommand newSession, List<String> newWarnings) {
    return new ImportedSession(
        source,
        originalId,
        newSession,
        finalStatus,
        error,
        createdAt,
        updatedAt,
        lastActivityAt,
        closedAt,
        parentId,
        forkedAtSeq,
        messages,
        todos,
        interactions,
        sourceFormat,
        sourceVersion,
        newWarnings);
  }

  /**
   * A message with the place it was read from, the id it had (kept when no row has it) and when it
   * was first stored.
   */
  public record ImportedMessage(
      String source, UUID id, AppendMessageCommand message, Instant createdAt) {}

  /** A todo item with the place it was read from. */
  public record ImportedTodo(String source, TodoItemCommand item) {}

  /**
   * An interaction with the place it was read from, the id it had (kept when no row has it) and
   * when it was first stored.
   */
  public record ImportedInteraction(
      String source, UUID id, RecordInteractionCommand interaction, Instant createdAt) {}
}
