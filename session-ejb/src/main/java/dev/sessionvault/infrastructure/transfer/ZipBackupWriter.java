package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.transfer.BackupArchive;
import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.SessionDocumentWriter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The backup archive: a ZIP with one canonical document per session ({@code sessions/<id>.json})
 * and, last, {@code manifest.json}: the format version, counts, the SHA-256 and size of every
 * entry, and the redaction counts. Entries stream; only the manifest's list is kept.
 */
final class ZipBackupWriter implements BackupArchive {
  /** The version of the archive's layout (the documents inside carry their own). */
  static final int FORMAT_VERSION = 1;

  static final String MANIFEST = "manifest.json";

  private final ZipOutputStream zip;
  private final String exportedAt;
  private final JsonArrayBuilder entries = Json.createArrayBuilder();
  private DigestOutputStream entry;
  private String entryName;
  private UUID entrySession;
  private long entryBytes;
  private long sessions;
  private long messages;

  ZipBackupWriter(OutputStream out, String exportedAt) {
    this.zip = new ZipOutputStream(new KeepOpen(out));
    this.exportedAt = exportedAt;
  }

  @Override
  public SessionDocumentWriter startSession(UUID sessionId) throws IOException {
    entryName = "sessions/" + sessionId + ".json";
    entrySession = sessionId;
    zip.putNextEntry(new ZipEntry(entryName));
    entryBytes = 0;
    entry = new DigestOutputStream(new Counting(), sha256());
    return new DocumentFormats().open(ExportFormat.JSON, entry);
  }

  @Override
  public void endSession(long messageCount) throws IOException {
    zip.closeEntry();
    entries.add(
        Json.createObjectBuilder()
            .add("name", entryName)
            .add("sessionId", entrySession.toString())
            .add("messages", messageCount)
            .add("bytes", entryBytes)
            .add("sha256", HexFormat.of().formatHex(entry.getMessageDigest().digest())));
    sessions++;
    messages += messageCount;
  }

  @Override
  public void finish(Map<String, Long> redactions) throws IOException {
    zip.putNextEntry(new ZipEntry(MANIFEST));
    JsonObjectBuilder counts = Json.createObjectBuilder();
    redactions.forEach(counts::add);
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new KeepOpen(zip))) {
      json.write(
          Json.createObjectBuilder()
              .add("formatVersion", FORMAT_VERSION)
              .add("schemaVersion", ExportFormat.SCHEMA_VERSION)
              .add("generator", DocumentFormats.GENERATOR)
              .add("exportedAt", exportedAt)
              .add("sessions", sessions)
              .add("messages", messages)
              .add("entries", entries)
              .add("redactions", counts)
              .build());
    }
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Counts an entry's bytes on their way into the ZIP. */
  private final class Counting extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      zip.write(b);
      entryBytes++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      zip.write(bytes, offset, length);
      entryBytes += length;
    }

    @Override
    public void flush() throws IOException {
      zip.flush();
    }
  }

  /** Closing a writer on top must not close (end) the ZIP or the response. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
