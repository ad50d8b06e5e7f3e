package dev.sessionvault.application.view.identity;

import java.time.Instant;

/**
 * A console sign-in as the console sees it: the token to send in the {@code X-CSRF-Token} header
 * with every change, when the sign-in ends at the latest, how long it may stay idle, and who it is.
 */
public record ConsoleSessionView(
    String csrfToken, Instant expiresAt, long idleTimeoutSeconds, WhoAmIView caller) {}
