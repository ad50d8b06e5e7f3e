package dev.sessionvault.web.api.session;

import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import java.util.List;
import java.util.Map;

/**
 * The restorable state of a session. {@code links.messages} pages the {@code earlierMessages} that
 * the document leaves out, oldest first.
 */
public record SessionStateDocument(
    SessionView session,
    List<TodoView> todos,
    List<MessageView> messages,
    long earlierMessages,
    Map<String, String> links) {}
