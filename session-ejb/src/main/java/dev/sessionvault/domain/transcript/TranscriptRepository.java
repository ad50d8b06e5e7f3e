package dev.sessionvault.domain.transcript;

import java.util.Optional;
import java.util.UUID;

/** The stored transcripts, one per session at most. */
public interface TranscriptRepository {
  /** The transcript of a session, content included. */
  Optional<Transcript> find(UUID sessionId);

  /** What was last sent for a session, without loading the content. */
  Optional<Transcript.Fingerprint> original(UUID sessionId);

  void add(Transcript transcript);
}
