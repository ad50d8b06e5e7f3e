package dev.sessionvault.domain.transcript;

import dev.sessionvault.domain.shared.ConflictException;
import java.util.Map;

/**
 * The end of a transcript was sent from an offset other than the length the vault holds: the
 * client's idea of what was sent is stale. It sends again from {@code transcriptBytes}, or the
 * whole file.
 */
public class TranscriptOffsetException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final long held;

  public TranscriptOffsetException(long offset, long held) {
    super(
        "the vault holds the first "
            + held
            + " bytes of this transcript, not "
            + offset
            + ": send the rest from offset "
            + held
            + ", or the whole file without appendTo");
    this.held = held;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("transcriptBytes", held);
  }
}
