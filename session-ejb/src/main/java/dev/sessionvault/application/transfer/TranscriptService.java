package dev.sessionvault.application.transfer;

import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.UUID;

/** The transcript files sessions were read from, given back as they were kept. */
public interface TranscriptService {
  /** The session's stored transcript: fails (not found, denied) before anything is streamed. */
  TranscriptView describe(@NotNull UUID sessionId);

  /** Writes the stored transcript's bytes, uncompressed, to {@code out}. */
  void write(@NotNull UUID sessionId, @NotNull OutputStream out);
}
