package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.json.JsonText;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The sessions of a backup ZIP ({@code sessions/<id>.json} and {@code manifest.json}), from a copy
 * of the body on disk: the manifest, at the end of the archive, is read first, so that every
 * entry's SHA-256 is checked before its session is imported. ZIPs are hostile input: entry names
 * that climb out ({@code ../}) or are absolute, duplicates, more entries than allowed, entries or a
 * total larger than allowed (zip bombs) and corrupt entries are refused, each at its entry's name.
 */
final class ZipSessions implements ImportItems {
  static final int MAX_ENTRIES = 100_000;

  private final Path copy;
  private final ZipFile zip;
  private final long maxEntryBytes;
  private final long maxTotalBytes;
  private final Map<String, String> checksums = new HashMap<>();
  private final Deque<Object> pending = new ArrayDeque<>();
  private long totalBytes;
  private JsonParser entryParser;

  /** The sessions of the ZIP in {@code copy}, which is deleted when they are closed. */
  static ZipSessions open(Path copy, long maxEntryBytes, long maxTotalBytes) {
    ZipFile zip;
    try {
      zip = new ZipFile(copy.toFile());
    } catch (IOException e) {
      ImportBody.delete(copy);
      throw new ValidationException(
          "", "the body is not a readable ZIP archive: " + e.getMessage());
    }
    return new ZipSessions(copy, zip, maxEntryBytes, maxTotalBytes);
  }

  private ZipSessions(Path copy, ZipFile zip, long maxEntryBytes, long maxTotalBytes) {
    this.copy = copy;
    this.zip = zip;
    this.maxEntryBytes = maxEntryBytes;
    this.maxTotalBytes = maxTotalBytes;
    if (zip.size() > MAX_ENTRIES) {
      close();
      throw new ValidationException(
          "", "the ZIP holds " + zip.size() + " entries; at most " + MAX_ENTRIES + " are read");
    }
    readManifest();
    Set<String> seen = new HashSet<>();
    zip.stream()
        .filter(entry -> !entry.isDirectory() && !entry.getName().equals(ZipBackupFormat.MANIFEST))
        .forEach(
            entry -> {
              String name = entry.getName();
              if (!seen.add(name)) {
                pending.add(refused(name, "appears twice in the ZIP"));
              } else if (unsafe(name)) {
                pending.add(refused(name, "is not a safe entry name (absolute, or with ..)"));
              } else if (!name.endsWith(".json")) {
                pending.add(refused(name, "is not a session document (sessions/<id>.json)"));
              } else {
                pending.add(entry);
              }
            });
    checksums.keySet().stream()
        .filter(name -> !seen.contains(name))
        .sorted()
        .forEach(
            name -> pending.add(refused(name, "is listed in the manifest but not in the ZIP")));
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty();
  }

  @Override
  public ImportItem next() {
    if (pending.isEmpty()) {
      throw new NoSuchElementException();
    }
    Object next = pending.poll();
    return next instanceof ZipEntry entry ? read(entry) : (ImportItem) next;
  }

  /**
   * An entry's session: its size and SHA-256 checked in a first pass over the entry, then the
   * document read while it is imported (see {@link StreamedDocument}), never held whole.
   */
  private ImportItem read(ZipEntry entry) {
    closeEntry();
    String name = entry.getName();
    long size;
    String digest;
    try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), sha256())) {
      // a bomb is stopped at the first byte past what is allowed, not inflated to its end
      size = readAtMost(in, Math.min(maxEntryBytes, maxTotalBytes - totalBytes) + 1);
      digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (ZipException e) {
      return refused(name, "is corrupt: " + e.getMessage());
    } catch (IOException e) {
      return refused(name, "could not be read: " + e.getMessage());
    }
    totalBytes += size;
    if (size > maxEntryBytes || totalBytes > maxTotalBytes) {
      pending.clear(); // a bomb: nothing after it is read
      return new UnreadableSession(
          name,
          null,
          413,
          List.of(
              new FieldError(
                  name,
                  "unpacks to more than allowed ("
                      + maxEntryBytes
                      + " bytes an entry, "
                      + maxTotalBytes
                      + " in all; SESSIONVAULT_IMPORT_MAX_BYTES)")));
    }
    String expected = checksums.get(name);
    if (expected != null && !expected.equalsIgnoreCase(digest)) {
      return refused(name, "does not match its SHA-256 in the manifest: it was changed or damaged");
    }
    try {
      entryParser = JsonText.parser(JsonText.utf8(zip.getInputStream(entry), Long.MAX_VALUE));
      if (entryParser.next() != JsonParser.Event.START_OBJECT) {
        return refused(name, "must hold a session document (an object)");
      }
      return StreamedDocument.read(entryParser, name, name + "#").item();
    } catch (ValidationException e) {
      return new UnreadableSession(name, null, 400, e.errors());
    } catch (IOException | RuntimeException e) {
      ValidationException malformed =
          e instanceof RuntimeException unchecked ? JsonText.malformed(unchecked, name) : null;
      if (malformed == null) {
        return refused(name, "could not be read: " + e.getMessage());
      }
      return new UnreadableSession(name, null, 400, malformed.errors());
    }
  }

  private static long readAtMost(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    int n;
    while (read < limit
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
      read += n;
    }
    return read;
  }

  /** The parser of the entry read last: its session has been imported by now. */
  private void closeEntry() {
    if (entryParser != null) {
      try {
        entryParser.close();
      } catch (RuntimeException e) {
        // a broken entry's parser: nothing more is read from it
      }
      entryParser = null;
    }
  }

  private void readManifest() {
    ZipEntry manifest = zip.getEntry(ZipBackupFormat.MANIFEST);
    if (manifest == null) {
      return;
    }
    try (InputStream in = zip.getInputStream(manifest);
        JsonParser parser = JsonText.parser(JsonText.utf8(in, maxEntryBytes))) {
      parser.next();
      JsonObject object = parser.getObject();
      int version = object.getInt("formatVersion", 0);
      if (version != ZipBackupFormat.FORMAT_VERSION) {
        close();
        throw new ValidationException(
            ZipBackupFormat.MANIFEST + "#/formatVersion",
            "backup format " + version + " is not supported; supported: 1");
      }
      for (JsonValue listed : object.getJsonArray("entries")) {
        JsonObject item = listed.asJsonObject();
        checksums.put(item.getString("name"), item.getString("sha256"));
      }
    } catch (ValidationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      close();
      throw new ValidationException(
          ZipBackupFormat.MANIFEST, "is not a readable manifest: " + e.getMessage());
    }
  }

  private static boolean unsafe(String name) {
    return name.startsWith("/")
        || name.startsWith("\\")
        || name.contains("..")
        || name.contains(":")
        || name.contains("\\");
  }

  private static UnreadableSession refused(String name, String problem) {
    return new UnreadableSession(name, null, 400, List.of(new FieldError(name, problem)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public void close() {
    closeEntry();
    try {
      zip.close();
    } catch (IOException e) {
      // the copy is deleted below all the same
    }
    ImportBody.delete(copy);
  }
}
