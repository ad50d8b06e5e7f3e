package dev.sessionvault.application.view;

/** One item of a session's todo list. */
public record TodoView(int position, String content, String status, String activeForm) {}
