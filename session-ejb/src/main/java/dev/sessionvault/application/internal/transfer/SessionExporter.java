package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.internal.Views;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.domain.interaction.Interaction;
import dev.sessionvault.domain.interaction.InteractionRepository;
import dev.sessionvault.domain.message.Message;
import dev.sessionvault.domain.message.MessageRepository;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.todo.Todo;
import dev.sessionvault.domain.todo.TodoRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * Writes one session, redacted, through a document writer: the session, its messages and
 * interactions up to the counts seen when it was read (so a concurrent append is not half in), its
 * todo list, and the end with this session's redaction counts.
 */
@ApplicationScoped
public class SessionExporter {
  @Inject MessageRepository messages;
  @Inject TodoRepository todos;
  @Inject InteractionRepository interactions;

  /** How many parts a session's document holds. */
  public record Written(long messages, long todos, long interactions) {}

  public Written write(Session session, SessionDocumentWriter writer, ExportRedaction.Run run)
      throws IOException {
    writer.session(run.session(Views.session(session)));
    long messageCount =
        SeqRange.forEach(
            session.counters().messageCount(),
            (after, limit) -> messages.listAfter(session, after, limit),
            Message::seq,
            message -> writer.message(run.message(Views.message(message, session.id()))));
    List<Todo> list = todos.list(session);
    writer.todos(list.stream().map(Views::todo).map(run::todo).toList());
    long interactionCount =
        SeqRange.forEach(
            session.counters().interactionCount(),
            (after, limit) -> interactions.listAfter(session, after, limit),
            Interaction::seq,
            interaction -> writer.interaction(run.interaction(Views.interaction(interaction))));
    writer.end(run.counts());
    return new Written(messageCount, list.size(), interactionCount);
  }
}
