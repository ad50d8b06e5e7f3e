package dev.sessionvault.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What {@code sv sync} sent last time, per file (its size and modification time), in {@code
 * ~/.config/sessionvault/sync-state.properties}: a file that has not changed since is not sent
 * again. The server would answer it "unchanged" anyway; this saves the upload.
 */
final class SyncState {
  private final Path file;
  private final Properties sent = new Properties();

  SyncState(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        sent.load(reader);
      } catch (IOException e) {
        // a broken state file only means every file is sent again
      }
    }
  }

  synchronized boolean unchanged(Path transcript) {
    return stamp(transcript).equals(sent.getProperty(transcript.toAbsolutePath().toString()));
  }

  synchronized void sent(Path transcript) {
    sent.setProperty(transcript.toAbsolutePath().toString(), stamp(transcript));
  }

  synchronized void save() {
    try {
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), "sync-state", ".tmp");
      try (Writer writer = Files.newBufferedWriter(written)) {
        sent.store(writer, "sv sync: files sent (size:modified)");
      }
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String stamp(Path transcript) {
    try {
      return Files.size(transcript) + ":" + Files.getLastModifiedTime(transcript).toMillis();
    } catch (IOException e) {
      return "";
    }
  }
}
