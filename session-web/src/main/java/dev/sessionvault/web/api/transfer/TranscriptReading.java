package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import dev.sessionvault.web.api.transfer.transcript.SubagentMeta;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reading a transcript needs besides the file: the prices of its models, whether the very file
 * was already sent (by its SHA-256, in which case it is not read at all), what the request says of
 * a sub-agent (its type and description, from Claude Code's {@code agent-<id>.meta.json}), and,
 * when only the end of the file was sent, how the kept start it was joined to measures.
 */
record TranscriptReading(
    TranscriptPricing pricing,
    Function<String, Optional<UnchangedTranscript>> lastSent,
    SubagentMeta subagent,
    HeldStart held) {

  /** For readers that never meet a transcript (tests of the document formats). */
  static final TranscriptReading NONE =
      new TranscriptReading(null, sha -> Optional.empty(), SubagentMeta.NONE, HeldStart.NONE);

  /**
   * The kept start of a transcript the file begins with: {@code stored} bytes in the file, which
   * were {@code original} bytes as the assistant wrote them (they differ after redaction, which
   * replaced {@code redactions} secrets in them). The file as the assistant has it is as long as
   * the joined one, less the first, plus the second.
   */
  record HeldStart(long stored, long original, long redactions) {
    static final HeldStart NONE = new HeldStart(0, 0, 0);

    long originalLength(long joinedLength) {
      return joinedLength - stored + original;
    }
  }
}
