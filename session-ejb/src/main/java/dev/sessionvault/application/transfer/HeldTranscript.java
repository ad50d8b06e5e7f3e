package dev.sessionvault.application.transfer;

import java.io.InputStream;
import java.util.UUID;

/**
 * The transcript a session holds, as the start of a longer version whose end alone is sent.
 *
 * @param format the transcript's format ({@code claude-code} or {@code codex})
 * @param originalLength how long the file was when it was sent: where the end starts
 * @param storedLength how many bytes {@code content} gives (fewer or more after redaction)
 * @param redactions how many secrets the stored bytes had replaced
 * @param content the stored bytes, uncompressed as they are read
 */
public record HeldTranscript(
    UUID sessionId,
    String format,
    long originalLength,
    long storedLength,
    long redactions,
    InputStream content) {}
