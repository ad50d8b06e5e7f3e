package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import dev.sessionvault.web.api.transfer.transcript.SubagentMeta;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reading a transcript needs besides the file: the prices of its models, whether the very file
 * was already sent (by its SHA-256, in which case it is not read at all), and what the request says
 * of a sub-agent (its type and description, from Claude Code's {@code agent-<id>.meta.json}).
 */
record TranscriptReading(
    TranscriptPricing pricing,
    Function<String, Optional<UnchangedTranscript>> lastSent,
    SubagentMeta subagent) {

  /** For readers that never meet a transcript (tests of the document formats). */
  static final TranscriptReading NONE =
      new TranscriptReading(null, sha -> Optional.empty(), SubagentMeta.NONE);
}
