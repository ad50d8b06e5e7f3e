package dev.sessionvault.application.view.identity;

/** A key just created: the only time its secret ({@code key}) is shown. */
public record CreatedApiKeyView(String key, ApiKeyView apiKey) {}
