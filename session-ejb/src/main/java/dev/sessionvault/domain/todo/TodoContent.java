package dev.sessionvault.domain.todo;

/** One item of a todo list as the assistant wrote it. */
public record TodoContent(String content, TodoStatus status, String activeForm) {}
