package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.clip;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.uuid;

import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.ImportedSession.ImportedMessage;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.application.transfer.OriginalTranscript;
import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.TranscriptReport;
import dev.sessionvault.application.transfer.TranscriptSession;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Codex CLI rollout ({@code ~/.codex/sessions/YYYY/MM/DD/rollout-<time>-<uuid>.jsonl}) as one
 * session to synchronise, under the id of its {@code session_meta}. Messages come from the {@code
 * response_item}s in file order (the {@code event_msg} copies of the same messages are skipped, so
 * nothing is doubled); each line's number is its externalId, which stays the same as the rollout
 * grows.
 */
public final class CodexRollout implements TranscriptReader {
  static final String AGENT = "codex";
  static final String FORMAT = "codex";

  private final OriginalTranscript original;
  private final TranscriptFile file;
  private final TranscriptPricing pricing;
  private final CodexScan scan;
  private boolean done;

  private CodexRollout(OriginalTranscript original, TranscriptPricing pricing) {
    this.original = original;
    this.file = new TranscriptFile(original.file());
    this.pricing = pricing;
    this.scan = CodexScan.of(file);
    this.done = scan.entries.isEmpty();
  }

  /** Reads a spooled rollout; closing deletes nothing (the caller owns the copy). */
  public static CodexRollout read(OriginalTranscript original, TranscriptPricing pricing) {
    return new CodexRollout(original, pricing);
  }

  @Override
  public boolean hasNext() {
    return !done;
  }

  @Override
  public ImportItem next() {
    if (done) {
      throw new NoSuchElementException();
    }
    done = true;
    JsonObject meta = scan.meta;
    String sessionId =
        meta == null
            ? null
            : orElse(
                TranscriptValues.string(meta, "id"), TranscriptValues.string(meta, "session_id"));
    TranscriptReport report = report();
    List<String> warnings = new ArrayList<>();
    if (!report.unpricedModels().isEmpty()) {
      warnings.add(
          "no price for model(s) "
              + String.join(", ", report.unpricedModels())
              + ": their messages have no cost (add them with SESSIONVAULT_PRICES_FILE)");
    }
    if (meta == null) {
      warnings.add("no session_meta line: the rollout cannot be recognised when it is sent again");
    }
    Instant started = instant(TranscriptValues.string(meta, "timestamp"));
    ImportedSession session =
        new ImportedSession(
            "",
            uuid(sessionId),
            session(sessionId, meta),
            null,
            null,
            started != null ? started : scan.first,
            scan.last,
            scan.last,
            null,
            null,
            null,
            messages(),
            todos(),
            Collections.emptyIterator(),
            FORMAT,
            1,
            warnings);
    return new TranscriptSession(
        session, TranscriptValues.string(meta, "forked_from_id"), report, original);
  }

  TranscriptReport report() {
    List<String> unpriced =
        scan.models.keySet().stream()
            .sorted()
            .filter(model -> pricing.cost(model, 0, 0, 0, 0, 0).isEmpty())
            .toList();
    return new TranscriptReport(
        FORMAT,
        scan.lines,
        new LinkedHashMap<>(scan.skipped),
        List.copyOf(scan.malformed),
        scan.malformedCount,
        unpriced);
  }

  private CreateSessionCommand session(String sessionId, JsonObject meta) {
    Map<String, Object> codex = new LinkedHashMap<>();
    JsonObject git = TranscriptValues.object(meta, "git");
    codex.put("cliVersion", TranscriptValues.string(meta, "cli_version"));
    codex.put("originator", TranscriptValues.string(meta, "originator"));
    codex.put(
        "source",
        meta == null || meta.get("source") == null
            ? null
            : JsonBinder.plain(meta.get("source"), "source"));
    codex.put("modelProvider", TranscriptValues.string(meta, "model_provider"));
    codex.put("gitCommit", TranscriptValues.string(git, "commit_hash"));
    codex.put("repositoryUrl", TranscriptValues.string(git, "repository_url"));
    codex.put("forkedFromId", TranscriptValues.string(meta, "forked_from_id"));
    codex.values().removeIf(value -> value == null);
    return new CreateSessionCommand(
        sessionId,
        null,
        null,
        null,
        AGENT,
        null,
        scan.model(),
        null,
        null,
        clip(TranscriptValues.string(meta, "cwd"), 1024),
        clip(TranscriptValues.string(git, "branch"), 255),
        null,
        null,
        null,
        Map.of("codex", codex),
        null,
        null,
        null);
  }

  private Iterator<ImportedMessage> messages() {
    Iterator<CodexScan.Entry> entries = scan.entries.iterator();
    return new Iterator<>() {
      private Long previous;

      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public ImportedMessage next() {
        CodexScan.Entry entry = entries.next();
        JsonObject line = TranscriptValues.parse(file.read(entry.offset(), entry.length()));
        ResponseUsage usage = scan.usage.get(entry.line());
        BigDecimal cost =
            usage == null || entry.model() == null
                ? null
                : pricing
                    .cost(entry.model(), usage.input(), usage.output(), usage.cacheRead(), 0, 0)
                    .orElse(null);
        ImportedMessage message =
            new ImportedMessage(
                "line " + entry.line(),
                null,
                CodexLines.message(
                    line,
                    entry.line(),
                    previous,
                    entry.timestamp(),
                    entry.model(),
                    scan.toolNames,
                    usage,
                    cost),
                null);
        previous = entry.line();
        return message;
      }
    };
  }

  private List<ImportedTodo> todos() {
    if (scan.planLine == null) {
      return List.of();
    }
    CodexScan.Entry entry = scan.planLine;
    List<TodoItemCommand> plan =
        CodexLines.plan(TranscriptValues.parse(file.read(entry.offset(), entry.length())));
    List<ImportedTodo> todos = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      todos.add(new ImportedTodo("line " + entry.line() + "/plan/" + i, plan.get(i)));
    }
    return todos;
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void close() {
    file.close();
  }
}
