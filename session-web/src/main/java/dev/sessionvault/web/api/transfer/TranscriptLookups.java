package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reading a transcript asks of the application: the prices of its models, and whether the very
 * file was already sent (by its SHA-256), in which case it is not read at all.
 */
record TranscriptLookups(
    TranscriptPricing pricing, Function<String, Optional<UnchangedTranscript>> lastSent) {

  /** For readers that never meet a transcript (tests of the document formats). */
  static final TranscriptLookups NONE = new TranscriptLookups(null, sha -> Optional.empty());
}
