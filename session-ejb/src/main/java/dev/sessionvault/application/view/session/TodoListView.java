package dev.sessionvault.application.view.session;

import java.util.List;

/** A session's todo list in order, with the number of items not completed. */
public record TodoListView(List<TodoView> items, int activeCount) {}
