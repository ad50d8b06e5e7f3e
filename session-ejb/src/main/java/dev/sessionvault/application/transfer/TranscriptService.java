package dev.sessionvault.application.transfer;

import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;

/** The transcript files sessions were read from, given back as they were kept. */
public interface TranscriptService {
  /** The session's stored transcript: fails (not found, denied) before anything is streamed. */
  TranscriptView describe(@NotNull UUID sessionId);

  /**
   * The session within the caller's reach that was last sent exactly this file (by the SHA-256 of
   * the bytes sent), with its message count: a file sent again needs no reading.
   */
  Optional<UnchangedTranscript> lastSent(@NotNull String originalSha256);

  /**
   * The transcript kept for the caller's session with this externalId, to be continued by an end
   * sent from {@code offset}: not found when there is none within reach, a conflict when the kept
   * file is not {@code offset} bytes long.
   */
  HeldTranscript heldForAppend(@NotNull String externalId, long offset);

  /** Writes the stored transcript's bytes, uncompressed, to {@code out}. */
  void write(@NotNull UUID sessionId, @NotNull OutputStream out);
}
