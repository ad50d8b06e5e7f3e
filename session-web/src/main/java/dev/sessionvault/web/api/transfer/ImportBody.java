package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.json.PayloadTooLargeException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * An import request's body as the sessions it holds, whatever its format: one canonical document, a
 * JSON array of them, JSON lines, a backup ZIP, or an assistant's own transcript. The format is
 * told from the content ({@code format} forces it). Documents are parsed one at a time as the
 * importer asks for them, so the body never sits in memory whole.
 */
final class ImportBody {
  /** Bytes looked at to tell JSON lines from JSON: a JSON lines header is one line. */
  private static final int SNIFF = 1 << 20;

  /** A backup may unpack to this many times the largest body (its documents compress well). */
  private static final long UNPACKED_TIMES = 20;

  private ImportBody() {}

  /** The formats an import reads; {@code format} names one of them. */
  static final String FORMATS = "json, jsonl, zip, claude-code, codex";

  static ImportItems sessions(
      InputStream body, long maxBytes, String format, TranscriptReading reading) {
    BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
    byte[] head;
    try {
      in.mark(SNIFF);
      head = in.readNBytes(SNIFF);
      in.reset();
    } catch (IOException e) {
      throw JsonText.unreadable(e, "");
    }
    String start = new String(head, StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "");
    if (start.isEmpty()) {
      throw new ValidationException(
          "", "a body is required: a session document, an array of them, or JSON lines");
    }
    String chosen = format == null ? detect(head, start) : format;
    return switch (chosen) {
      case "jsonl" -> new JsonLinesSessions(new BufferedReader(JsonText.utf8(in, maxBytes)));
      case "json" -> new JsonDocuments(JsonText.parser(JsonText.utf8(in, maxBytes)));
      case "zip" -> ZipSessions.open(spool(in, maxBytes), maxBytes, UNPACKED_TIMES * maxBytes);
      case "claude-code" -> TranscriptItems.claudeCode(spool(in, maxBytes), reading);
      case "codex" -> TranscriptItems.codex(spool(in, maxBytes), reading);
      default -> throw new ValidationException("format", "must be one of: " + FORMATS);
    };
  }

  /** The body copied to a temporary file: a ZIP's directory is at its end. */
  static Path spool(InputStream body, long maxBytes) {
    Path copy = null;
    try {
      copy = Files.createTempFile("session-vault-import-", ".zip");
      InputStream limited = JsonText.limited(body, maxBytes);
      try {
        Files.copy(limited, copy, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        closeBody(limited);
      }
      return copy;
    } catch (IOException | RuntimeException e) {
      if (copy != null) {
        copy.toFile().delete();
      }
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw JsonText.unreadable(e, "");
    }
  }

  /**
   * Closes the request body without a second failure: when a body ends before its declared length,
   * Liberty's stream throws the same exception again on close, which try-with-resources would add
   * to itself as suppressed (an IllegalArgumentException, a 500). The read's failure is the answer.
   */
  private static void closeBody(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // the copy either succeeded, or its own failure says what went wrong
    }
  }

  /** Deletes a spooled copy (at exit, when the file system refuses now). */
  static void delete(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      copy.toFile().deleteOnExit();
    }
  }

  private static String detect(byte[] head, String start) {
    if (head.length > 1 && head[0] == 'P' && head[1] == 'K') {
      return "zip";
    }
    int newline = start.indexOf('\n');
    JsonObject first = start.startsWith("{") ? firstLine(start, newline) : null;
    if (first != null && "session".equals(first.getString("type", null))) {
      return "jsonl";
    }
    if (first != null && TranscriptItems.isClaudeCode(first)) {
      return "claude-code";
    }
    if (first != null && TranscriptItems.isCodex(first)) {
      return "codex";
    }
    return "json";
  }

  /** The first line as an object, when it is a whole one (a transcript may be one line long). */
  private static JsonObject firstLine(String start, int newline) {
    try (JsonParser parser =
        JsonText.parser(new StringReader(newline > 0 ? start.substring(0, newline) : start))) {
      parser.next();
      JsonObject object = parser.getObject();
      return parser.hasNext() ? null : object;
    } catch (RuntimeException notAWholeObject) {
      return null;
    }
  }

  /**
   * The documents of a JSON body: the one it is, or each element of the array it is. Each is read
   * while it is imported ({@link StreamedDocument}); the next is read once the importer is done
   * with it.
   */
  private static final class JsonDocuments implements ImportItems {
    private final JsonParser parser;
    private boolean array;
    private boolean started;
    private boolean done;
    private int index;
    private ImportItem next;
    private StreamedDocument current;

    JsonDocuments(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = read().orElse(null);
      }
      return next != null;
    }

    @Override
    public ImportItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ImportItem item = next;
      next = null;
      return item;
    }

    private Optional<ImportItem> read() {
      String at = array ? "/" + index : "";
      try {
        if (current != null) {
          StreamedDocument previous = current;
          current = null;
          if (!previous.finish()) {
            done = true; // the body broke inside it: that session reported where
            return Optional.empty();
          }
        }
        if (!started) {
          started = true;
          Event first = parser.next();
          array = first == Event.START_ARRAY;
          return array ? read() : Optional.of(document(first, ""));
        }
        if (!array) {
          done = true;
          if (parser.hasNext()) {
            throw new ValidationException(
                "", "unexpected content after the JSON document; send an array of documents");
          }
          return Optional.empty();
        }
        Event event = parser.next();
        if (event == Event.END_ARRAY) {
          done = true;
          if (parser.hasNext()) {
            throw new ValidationException("", "unexpected content after the JSON array");
          }
          return Optional.empty();
        }
        return Optional.of(document(event, "/" + index++));
      } catch (ValidationException e) {
        done = true;
        return Optional.of(new UnreadableSession(at, null, 400, e.errors()));
      } catch (PayloadTooLargeException e) {
        done = true;
        return Optional.of(
            new UnreadableSession(at, null, 413, List.of(new FieldError(at, e.getMessage()))));
      } catch (RuntimeException e) {
        done = true; // the rest of a malformed body cannot be read
        ValidationException malformed = JsonText.malformed(e, at);
        if (malformed == null) {
          throw e;
        }
        return Optional.of(new UnreadableSession(at, null, 400, malformed.errors()));
      }
    }

    private ImportItem document(Event first, String at) {
      if (first != Event.START_OBJECT) {
        parser.getValue();
        return new UnreadableSession(
            at, null, 400, List.of(new FieldError(at, "must be a session document (an object)")));
      }
      StreamedDocument.Read read = StreamedDocument.read(parser, at, at);
      current = read.document();
      return read.item();
    }
  }
}
