package dev.sessionvault.application.transfer;

import java.io.InputStream;

/**
 * The transcript a session holds, as the start of a longer version whose end alone is sent.
 *
 * @param format the transcript's format ({@code claude-code} or {@code codex})
 * @param storedLength how many bytes {@code content} gives (fewer or more after redaction)
 * @param redactions how many secrets the stored bytes had replaced
 * @param content the stored bytes, uncompressed as they are read
 */
public record HeldTranscript(
    String format, long storedLength, long redactions, InputStream content) {}
