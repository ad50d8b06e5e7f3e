package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ExportFormat;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession.ImportedInteraction;
import dev.sessionvault.application.transfer.ImportedSession.ImportedMessage;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.application.transfer.UnreadableSession;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.ValidationException;
import dev.sessionvault.web.api.json.JsonText;
import dev.sessionvault.web.api.json.PayloadTooLargeException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Sessions of a JSON lines export, read a line at a time: a {@code session} header, then its {@code
 * message}, {@code todo} and {@code interaction} records, then {@code end}. Messages are handed to
 * the importer as they are read, so a session of any length streams. Problems are reported as
 * {@code line N} and the pointer within that line's record.
 */
final class JsonLinesSessions implements ImportItems {
  private final BufferedReader lines;
  private long lineNumber;
  private Line pending;
  private boolean exhausted;
  private long firstRecord;

  /** One record and where it was. */
  private record Line(long number, JsonObject record, String type) {
    String at() {
      return "line " + number;
    }
  }

  JsonLinesSessions(BufferedReader lines) {
    this.lines = lines;
  }

  @Override
  public boolean hasNext() {
    // Whatever is left of a session the importer gave up on is skipped up to the next header.
    while (true) {
      Line line = peek();
      if (line == null) {
        return false;
      }
      if (line.type().equals("session")) {
        return true;
      }
      if (line.type().equals("unreadable") || line.number() == firstLine()) {
        return true;
      }
      pending = null;
    }
  }

  @Override
  public ImportItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line header = pending;
    pending = null;
    if (!header.type().equals("session")) {
      String problem =
          header.type().equals("unreadable")
              ? header.record().getString("problem")
              : "a JSON lines import starts each session with a record of type \"session\"";
      return new UnreadableSession(
          header.at(), null, 400, List.of(new FieldError(header.at(), problem)));
    }
    JsonObject record = header.record();
    String at = header.at();
    int version = record.getInt("schemaVersion", 0);
    if (version != ExportFormat.SCHEMA_VERSION) {
      return new UnreadableSession(
          at,
          null,
          422,
          List.of(
              new FieldError(
                  at + "/schemaVersion",
                  "JSON lines are read in schemaVersion "
                      + ExportFormat.SCHEMA_VERSION
                      + " only; export again, or send the canonical JSON document")));
    }
    try {
      JsonObject session = CanonicalSessions.object(record.get("session"), at + "/session");
      String sessionAt = at + "/session";
      List<ImportedTodo> todos = new ArrayList<>();
      List<ImportedInteraction> early = new ArrayList<>();
      Iterator<ImportedMessage> messages =
          new Parts<>("message", todos, early) {
            @Override
            ImportedMessage bind(Line line) {
              return CanonicalSessions.message(line.record(), line.at());
            }
          };
      Iterator<ImportedInteraction> interactions =
          new Parts<>("interaction", todos, early) {
            @Override
            ImportedInteraction bind(Line line) {
              return CanonicalSessions.interaction(line.record(), line.at());
            }
          };
      return CanonicalSessions.imported(
          at, session, sessionAt, messages, todos, interactions, "jsonl", version, List.of());
    } catch (ValidationException e) {
      return new UnreadableSession(at, null, 400, e.errors());
    }
  }

  /**
   * The records of one kind, up to the session's end record. Todo records met on the way fill the
   * todo list; interactions met before the messages end are kept for the interaction iterator.
   */
  private abstract class Parts<T> implements Iterator<T> {
    private final String kind;
    private final List<ImportedTodo> todos;
    private final List<ImportedInteraction> early;
    private boolean ended;

    Parts(String kind, List<ImportedTodo> todos, List<ImportedInteraction> early) {
      this.kind = kind;
      this.todos = todos;
      this.early = early;
    }

    abstract T bind(Line line);

    @Override
    @SuppressWarnings("unchecked") // an early interaction is only handed out as an interaction
    public boolean hasNext() {
      if (kind.equals("interaction") && !early.isEmpty()) {
        return true;
      }
      while (!ended) {
        Line line = peek();
        if (line == null || line.type().equals("session")) {
          ended = true;
          throw new ValidationException(
              "line " + (lineNumber + (line == null ? 1 : 0)),
              "the session's records stop before its \"end\" record: the file is truncated");
        }
        switch (line.type()) {
          case "end" -> {
            ended = true;
            if (kind.equals("interaction")) {
              pending = null;
            }
          }
          case "todo" -> {
            pending = null;
            todos.add(CanonicalSessions.todo(line.record(), line.at()));
          }
          case "interaction" -> {
            if (kind.equals("interaction")) {
              return true;
            }
            pending = null;
            early.add(CanonicalSessions.interaction(line.record(), line.at()));
          }
          case "message" -> {
            if (kind.equals("message")) {
              return true;
            }
            pending = null;
            throw new ValidationException(line.at(), "a message must come before the interactions");
          }
          case "unreadable" -> {
            pending = null;
            throw new ValidationException(line.at(), line.record().getString("problem"));
          }
          default -> {
            pending = null;
            throw new ValidationException(
                line.at() + "/type", "must be one of: session, message, todo, interaction, end");
          }
        }
      }
      return false;
    }

    @Override
    @SuppressWarnings("unchecked") // see hasNext
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (kind.equals("interaction") && !early.isEmpty()) {
        return (T) early.remove(0);
      }
      Line line = pending;
      pending = null;
      return bind(line);
    }
  }

  /** The number of the body's first record: a body must start with a session header. */
  private long firstLine() {
    return firstRecord;
  }

  /** The next record, read once and kept until taken; null at the end of the body. */
  private Line peek() {
    if (pending != null || exhausted) {
      return pending;
    }
    try {
      String text;
      do {
        text = lines.readLine();
        lineNumber++;
      } while (text != null && text.isBlank());
      if (text == null) {
        exhausted = true;
        return null;
      }
      pending = parse(text, lineNumber);
      if (firstRecord == 0) {
        firstRecord = lineNumber;
      }
    } catch (PayloadTooLargeException e) {
      exhausted = true;
      pending = unreadable(lineNumber, e.getMessage());
    } catch (IOException e) {
      // the rest of the body cannot be read: this is its last record
      exhausted = true;
      pending = unreadable(lineNumber, JsonText.unreadable(e, "").errors().get(0).message());
    }
    return pending;
  }

  private static Line parse(String text, long number) {
    try (JsonParser parser = JsonText.parser(new StringReader(text))) {
      parser.next();
      JsonObject record = parser.getObject();
      if (parser.hasNext()) {
        throw new ValidationException("line " + number, "holds more than one JSON value");
      }
      String type = record.get("type") instanceof JsonString name ? name.getString() : "";
      return new Line(number, record, type);
    } catch (ValidationException e) {
      return unreadable(number, e.errors().get(0).message());
    } catch (RuntimeException e) {
      ValidationException malformed = JsonText.malformed(e, "line " + number);
      if (malformed == null) {
        throw e;
      }
      return unreadable(number, malformed.errors().get(0).message());
    }
  }

  private static Line unreadable(long number, String problem) {
    return new Line(
        number,
        jakarta.json.Json.createObjectBuilder().add("problem", problem).build(),
        "unreadable");
  }
}
