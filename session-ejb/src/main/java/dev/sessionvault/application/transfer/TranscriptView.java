package dev.sessionvault.application.transfer;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's stored transcript: what was sent ({@code originalSha256}, {@code originalBytes}) and
 * what is kept ({@code sha256}, {@code bytes}: the same unless {@code redactions} secrets were
 * replaced on the way in; {@code storedBytes} compressed).
 */
public record TranscriptView(
    UUID sessionId,
    String format,
    String sha256,
    long bytes,
    long storedBytes,
    long redactions,
    String originalSha256,
    long originalBytes,
    Instant updatedAt) {}
