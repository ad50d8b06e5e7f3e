package dev.sessionvault.application.internal.transfer;

import dev.sessionvault.application.internal.IngestRedaction;
import dev.sessionvault.application.transfer.OriginalTranscript;
import dev.sessionvault.domain.redaction.RedactionCounts;
import dev.sessionvault.domain.session.Session;
import dev.sessionvault.domain.transcript.Transcript;
import dev.sessionvault.domain.transcript.TranscriptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps the transcript file a session was read from, gzip-compressed, in the session's transaction:
 * the first one sent, then any longer one. With redaction on ingest each line's secrets are
 * replaced as in the session itself (line endings and every other byte kept).
 */
@ApplicationScoped
public class TranscriptKeeper {
  @Inject TranscriptRepository transcripts;
  @Inject IngestRedaction redaction;

  /** Whether this file is the one the session was last sent: nothing to read or write then. */
  boolean alreadyKept(Session session, OriginalTranscript original) {
    return original != null
        && transcripts
            .original(session.id())
            .filter(kept -> kept.sha256().equals(original.sha256()))
            .isPresent();
  }

  void keep(Session session, OriginalTranscript original, Instant now, List<String> warnings) {
    if (original == null) {
      return;
    }
    Transcript transcript = transcripts.find(session.id()).orElse(null);
    if (transcript != null && !transcript.isReplacedBy(original.length())) {
      if (!transcript.original().sha256().equals(original.sha256())) {
        warnings.add(
            "the stored transcript ("
                + transcript.original().length()
                + " bytes) is longer than the one sent ("
                + original.length()
                + " bytes): it is kept");
      }
      return;
    }
    RedactionCounts counts = new RedactionCounts();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    MessageDigest digest = sha256();
    long[] length = {0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(original.file()), 1 << 16);
        OutputStream out =
            new DigestOutputStream(new GZIPOutputStream(compressed, 1 << 16), digest) {
              @Override
              public void write(byte[] bytes, int offset, int count) throws IOException {
                super.write(bytes, offset, count);
                length[0] += count;
              }
            }) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      int b;
      while ((b = in.read()) >= 0) {
        line.write(b);
        if (b == '\n') {
          out.write(redacted(line.toByteArray(), counts));
          line.reset();
        }
      }
      out.write(redacted(line.toByteArray(), counts));
    } catch (IOException e) {
      throw new UncheckedIOException("the transcript could not be kept", e);
    }
    boolean first = transcript == null;
    if (first) {
      transcript = new Transcript(session.id(), session.accountId(), now);
    }
    transcript.store(
        original.format(),
        new Transcript.Fingerprint(original.sha256(), original.length()),
        new Transcript.Fingerprint(HexFormat.of().formatHex(digest.digest()), length[0]),
        compressed.toByteArray(),
        counts.total() + original.keptRedactions(), // the kept start's were replaced before
        now);
    if (first) {
      transcripts.add(transcript);
    }
  }

  /** A line with its secrets replaced; a line that is not UTF-8 text is kept as it is. */
  private byte[] redacted(byte[] line, RedactionCounts counts) {
    if (line.length == 0) {
      return line;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line))
              .toString();
    } catch (CharacterCodingException e) {
      return line;
    }
    String clean = redaction.text(text, counts);
    return clean.equals(text) ? line : clean.getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
