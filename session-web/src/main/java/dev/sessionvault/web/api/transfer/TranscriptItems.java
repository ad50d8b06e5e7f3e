package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.OriginalTranscript;
import dev.sessionvault.application.transfer.UnchangedTranscript;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.transfer.transcript.ClaudeCodeTranscript;
import dev.sessionvault.web.api.transfer.transcript.CodexRollout;
import dev.sessionvault.web.api.transfer.transcript.TranscriptReader;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * An assistant's transcript, spooled, as the sessions of an import: read in two passes from the
 * copy, which is deleted when the import is done with it.
 */
final class TranscriptItems implements ImportItems {
  /** Line types only Claude Code writes, one of which starts every transcript of it. */
  private static final Set<String> CLAUDE_CODE_TYPES =
      Set.of(
          "user",
          "assistant",
          "system",
          "summary",
          "file-history-snapshot",
          "queue-operation",
          "progress",
          "ai-title",
          "custom-title",
          "attachment");

  /** Line types of a Codex rollout, one of which starts every rollout. */
  private static final Set<String> CODEX_TYPES =
      Set.of("session_meta", "response_item", "event_msg", "turn_context", "compacted");

  private final Path copy;
  private final TranscriptReader transcript;
  private boolean empty;

  private TranscriptItems(Path copy, TranscriptReader transcript) {
    this.copy = copy;
    this.transcript = transcript;
    this.empty = !transcript.hasNext();
  }

  /** Whether a JSON line looks like a line of a Codex CLI rollout. */
  static boolean isCodex(JsonObject line) {
    return CODEX_TYPES.contains(line.getString("type", ""))
        && line.get("payload") instanceof JsonObject
        && line.containsKey("timestamp");
  }

  static ImportItems codex(Path copy, TranscriptReading reading) {
    return read("codex", copy, reading, (original, r) -> CodexRollout.read(original, r.pricing()));
  }

  /** Whether a JSON line looks like the first line of a Claude Code transcript. */
  static boolean isClaudeCode(JsonObject line) {
    return CLAUDE_CODE_TYPES.contains(line.getString("type", ""))
        && !line.containsKey("schemaVersion")
        && (line.containsKey("sessionId")
            || line.containsKey("uuid")
            || line.containsKey("leafUuid")
            || line.containsKey("messageId"));
  }

  static ImportItems claudeCode(Path copy, TranscriptReading reading) {
    return read(
        "claude-code",
        copy,
        reading,
        (original, r) -> ClaudeCodeTranscript.read(original, r.pricing(), r.subagent()));
  }

  /** A file recognised by its SHA-256 is not read; any other is, by {@code reader}. */
  private static ImportItems read(
      String format,
      Path copy,
      TranscriptReading reading,
      BiFunction<OriginalTranscript, TranscriptReading, TranscriptReader> reader) {
    try {
      OriginalTranscript original = original(format, copy, reading.held());
      Optional<UnchangedTranscript> same = reading.lastSent().apply(original.sha256());
      return new TranscriptItems(
          copy,
          same.isPresent() ? TranscriptReader.of(same.get()) : reader.apply(original, reading));
    } catch (RuntimeException e) {
      ImportBody.delete(copy);
      throw e;
    }
  }

  /**
   * The spooled file's length and SHA-256: what the transcript is recognised by when sent again.
   * Its length is the assistant's file's, also when the file starts with a kept, redacted start.
   */
  static OriginalTranscript original(String format, Path copy, TranscriptReading.HeldStart held) {
    try (InputStream in = Files.newInputStream(copy)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long length = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
        length += n;
      }
      return new OriginalTranscript(
          format,
          copy,
          held.originalLength(length),
          HexFormat.of().formatHex(digest.digest()),
          held.redactions());
    } catch (IOException e) {
      throw JsonText.unreadable(e, "");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public boolean hasNext() {
    return empty || transcript.hasNext();
  }

  @Override
  public ImportItem next() {
    if (empty) {
      empty = false;
      return new UnreadableSession(
          "",
          null,
          400,
          List.of(
              new FieldError("", "the transcript holds no conversation line: nothing to import")));
    }
    return transcript.next();
  }

  @Override
  public void close() {
    transcript.close();
    ImportBody.delete(copy);
  }
}
