package dev.sessionvault.infrastructure.transfer;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a JSON generator be closed (which flushes it) without closing the response stream. */
final class KeepOpenWriter extends FilterWriter {
  KeepOpenWriter(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
