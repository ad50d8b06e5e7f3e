package dev.sessionvault.application.view.session;

import java.util.List;

/**
 * Everything an assistant needs to resume a session in one document: the session, its todo list and
 * the last messages; {@code earlierMessages} tells how many older messages remain to be paged.
 */
public record SessionStateView(
    SessionView session, List<TodoView> todos, List<MessageView> messages, long earlierMessages) {}
