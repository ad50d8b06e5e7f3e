package dev.sessionvault.application.transfer;

import java.nio.file.Path;

/**
 * The transcript file a session was read from, as it was sent: kept next to the session so that it
 * can be given back byte for byte.
 *
 * @param file a copy of it, readable while the import runs
 * @param sha256 its SHA-256, lowercase hex
 */
public record OriginalTranscript(String format, Path file, long length, String sha256) {}
