package dev.sessionvault.application.view.identity;

import java.time.Instant;
import java.util.UUID;

/** A person as an account's member list shows it; never a password or its hash. */
public record MemberView(
    UUID userId, String username, String role, Instant joinedAt, Instant lastSignInAt) {}
