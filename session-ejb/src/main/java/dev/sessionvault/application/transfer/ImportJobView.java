package dev.sessionvault.application.transfer;

import java.time.Instant;
import java.util.UUID;

/**
 * An import running in the background: {@code state} is {@code queued}, {@code running}, {@code
 * completed} (the report says what each session became) or {@code failed} (the body could not be
 * read at all: {@code error}); progress is the sessions read so far and the bytes of the body read.
 */
public record ImportJobView(
    UUID id,
    String state,
    String onConflict,
    long sessionsRead,
    long bytesRead,
    long bytesTotal,
    Instant createdAt,
    Instant finishedAt,
    ImportReport report,
    String error) {}
