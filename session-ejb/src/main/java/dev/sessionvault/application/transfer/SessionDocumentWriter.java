package dev.sessionvault.application.transfer;

import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes one session as a document of one format, part by part in this order: the session, its
 * messages in seq order, its todo list, its interactions, and the end with the redaction counts. A
 * writer holds no more than the part at hand, so a session of any size streams.
 */
public interface SessionDocumentWriter {
  void session(SessionView session) throws IOException;

  void message(MessageView message) throws IOException;

  void todos(List<TodoView> todos) throws IOException;

  void interaction(InteractionView interaction) throws IOException;

  /** Completes the document and flushes it; the stream stays open. */
  void end(Map<String, Long> redactions) throws IOException;
}
