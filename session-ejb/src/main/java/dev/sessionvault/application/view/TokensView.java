package dev.sessionvault.application.view;

/** Token usage of a message. */
public record TokensView(long input, long output, long cacheRead, long cacheWrite) {}
