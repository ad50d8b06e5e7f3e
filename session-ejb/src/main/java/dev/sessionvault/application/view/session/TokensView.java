package dev.sessionvault.application.view.session;

/** Token usage of a message. */
public record TokensView(long input, long output, long cacheRead, long cacheWrite) {}
