package dev.sessionvault.application.view.session;

/** One item of a session's todo list. */
public record TodoView(int position, String content, String status, String activeForm) {}
