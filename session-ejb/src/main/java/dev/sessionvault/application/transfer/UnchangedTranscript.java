package dev.sessionvault.application.transfer;

import java.util.UUID;

/**
 * A transcript file sent again exactly as its session was last sent it: recognised by its SHA-256
 * before it is read, and reported unchanged.
 */
public record UnchangedTranscript(String source, UUID sessionId, long messages, String sha256)
    implements ImportItem {}
