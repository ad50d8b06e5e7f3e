package dev.sessionvault.web.api.transfer.transcript;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A transcript's spooled copy, read as lines: all of them in order with where each starts, or one
 * again by its place. Lines end at {@code \n} (a {@code \r} before it is dropped); a line that is
 * not UTF-8 comes back as null.
 */
final class TranscriptFile implements AutoCloseable {
  /** One line and where it is. */
  record Line(long number, long offset, int length, String text) {}

  private final Path path;
  private FileChannel channel;

  TranscriptFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hands every line to {@code each}, in order; returns how many there were. */
  long forEachLine(Consumer<Line> each) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      long offset = 0;
      long start = 0;
      long number = 0;
      int b;
      while ((b = in.read()) >= 0) {
        offset++;
        if (b == '\n') {
          each.accept(line(++number, start, line.toByteArray()));
          line.reset();
          start = offset;
        } else {
          line.write(b);
        }
      }
      if (line.size() > 0) {
        each.accept(line(++number, start, line.toByteArray()));
      }
      return number;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line at {@code offset}, {@code length} bytes long (as {@link #forEachLine} gave it). */
  String read(long offset, int length) {
    try {
      if (channel == null) {
        channel = FileChannel.open(path, StandardOpenOption.READ);
      }
      ByteBuffer bytes = ByteBuffer.allocate(length);
      while (bytes.hasRemaining()) {
        if (channel.read(bytes, offset + bytes.position()) < 0) {
          break;
        }
      }
      return decode(trimmed(bytes.array()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Line line(long number, long offset, byte[] bytes) {
    return new Line(number, offset, bytes.length, decode(trimmed(bytes)));
  }

  private static byte[] trimmed(byte[] bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
        channel = null;
      }
    } catch (IOException e) {
      // the copy is deleted next; nothing was written through this channel
    }
  }
}
