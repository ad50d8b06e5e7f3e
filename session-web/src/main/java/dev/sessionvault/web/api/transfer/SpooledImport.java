package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportSource;
import dev.sessionvault.domain.shared.ValidationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** A large import body copied to a temporary file, read by the background job that imports it. */
final class SpooledImport implements ImportSource {
  private final Path copy;
  private final long maxBytes;
  private final String format;
  private final TranscriptReading reading;
  private final long total;
  private volatile long read;
  private ImportItems items;

  SpooledImport(Path copy, long maxBytes, String format, TranscriptReading reading)
      throws IOException {
    this.copy = copy;
    this.reading = reading;
    this.maxBytes = maxBytes;
    this.format = format;
    this.total = Files.size(copy);
  }

  @Override
  public Iterator<ImportItem> items() {
    try {
      InputStream counted =
          new FilterInputStream(Files.newInputStream(copy)) {
            @Override
            public int read() throws IOException {
              int b = super.read();
              read += b < 0 ? 0 : 1;
              return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              int n = super.read(buffer, offset, length);
              read += Math.max(n, 0);
              return n;
            }
          };
      items = ImportBody.sessions(counted, maxBytes, format, reading);
      return items;
    } catch (IOException e) {
      throw new ValidationException("", "the kept copy of the body could not be read");
    }
  }

  @Override
  public long bytesTotal() {
    return total;
  }

  @Override
  public long bytesRead() {
    return Math.min(read, total);
  }

  @Override
  public void close() {
    if (items != null) {
      items.close();
    }
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      copy.toFile().deleteOnExit();
    }
  }
}
