package dev.sessionvault.domain.transcript;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored transcripts, one per session at most. */
public interface TranscriptRepository {
  /** The transcript of a session, content included. */
  Optional<Transcript> find(UUID sessionId);

  /** What was last sent for a session, without loading the content. */
  Optional<Transcript.Fingerprint> original(UUID sessionId);

  /** The sessions of an account that were last sent exactly this file (by its SHA-256). */
  List<UUID> sessionsSent(UUID accountId, String originalSha256);

  void add(Transcript transcript);
}
