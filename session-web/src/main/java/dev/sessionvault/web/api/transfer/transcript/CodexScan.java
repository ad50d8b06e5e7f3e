package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first read of a Codex CLI rollout ({@code {timestamp, type, payload}} per line): which lines
 * are conversation ({@code response_item}s and {@code compacted}), the model each was made with
 * ({@code turn_context}), the usage of each model call ({@code token_count} events) and the line
 * that carries it, tool names by call id, the last plan, and the lines that are skipped.
 *
 * <p>Usage is taken from the cumulative {@code total_token_usage}: each event adds what it grew by
 * since the last one, so an event repeated with the same totals adds nothing. It goes to the last
 * model output before it (a message, reasoning or tool call of the assistant).
 */
final class CodexScan {
  /** Response items the assistant produced: what a model call's usage belongs to. */
  private static final Set<String> MODEL_OUTPUT =
      Set.of(
          "message:assistant",
          "reasoning",
          "function_call",
          "custom_tool_call",
          "web_search_call",
          "local_shell_call");

  private static final Set<String> CONVERSATION_ITEMS =
      Set.of(
          "message",
          "reasoning",
          "function_call",
          "function_call_output",
          "custom_tool_call",
          "custom_tool_call_output",
          "web_search_call",
          "local_shell_call");

  /** One message to make: a conversation line, the model it was made with, its time. */
  record Entry(long line, long offset, int length, Instant timestamp, String model) {}

  final List<Entry> entries = new ArrayList<>();
  final Map<Long, ResponseUsage> usage = new HashMap<>();
  final Map<String, String> toolNames = new HashMap<>();
  final Map<String, Long> skipped = new TreeMap<>();
  final List<Long> malformed = new ArrayList<>();
  final Map<String, Integer> models = new HashMap<>();
  long malformedCount;
  long lines;
  JsonObject meta;
  Entry planLine;
  Instant first;
  Instant last;
  ResponseUsage unattributed = ResponseUsage.NONE;
  private String model;
  private Entry lastOutput;
  private ResponseUsage total = ResponseUsage.NONE;

  static CodexScan of(TranscriptFile file) {
    CodexScan scan = new CodexScan();
    scan.lines = file.forEachLine(scan::take);
    return scan;
  }

  String model() {
    return models.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(model);
  }

  private void take(TranscriptFile.Line line) {
    if (line.text() == null) {
      malformed(line.number());
      return;
    }
    if (line.text().isBlank()) {
      return;
    }
    JsonObject record = TranscriptValues.parse(line.text());
    JsonObject payload = TranscriptValues.object(record, "payload");
    String type = TranscriptValues.string(record, "type");
    if (record == null || type == null) {
      malformed(line.number());
      return;
    }
    Instant timestamp = timestamp(record);
    String kind = payload == null ? null : TranscriptValues.string(payload, "type");
    switch (type) {
      case "session_meta" -> meta = meta == null ? payload : meta;
      case "turn_context" -> model = orElse(TranscriptValues.string(payload, "model"), model);
      case "response_item" -> {
        if (CONVERSATION_ITEMS.contains(kind)) {
          item(line, payload, kind, timestamp);
        } else {
          skip("response_item:" + kind);
        }
      }
      case "compacted" -> entries.add(entry(line, timestamp));
      case "event_msg" -> {
        if (!("token_count".equals(kind) && counted(payload))) {
          skip("event_msg:" + kind);
        }
      }
      default -> skip(type);
    }
  }

  private void item(TranscriptFile.Line line, JsonObject payload, String kind, Instant timestamp) {
    Entry entry = entry(line, timestamp);
    entries.add(entry);
    String role = TranscriptValues.string(payload, "role");
    if (MODEL_OUTPUT.contains(kind) || MODEL_OUTPUT.contains(kind + ":" + role)) {
      lastOutput = entry;
      if (unattributed.total() > 0) {
        usage.merge(entry.line(), unattributed, CodexScan::plus); // reported before any output
        unattributed = ResponseUsage.NONE;
      }
      if (model != null) {
        models.merge(model, 1, Integer::sum);
      }
    }
    String callId = TranscriptValues.string(payload, "call_id");
    String name = TranscriptValues.string(payload, "name");
    if (callId != null && name != null) {
      toolNames.put(callId, name);
    }
    if ("update_plan".equals(name)) {
      planLine = entry;
    }
  }

  /** Takes a token_count event's growth; false when it added nothing (no info, or repeated). */
  private boolean counted(JsonObject payload) {
    JsonObject info = TranscriptValues.object(payload, "info");
    JsonObject totals = TranscriptValues.object(info, "total_token_usage");
    if (totals == null) {
      return false;
    }
    ResponseUsage now = ofCodex(totals);
    ResponseUsage grown =
        new ResponseUsage(
            Math.max(0, now.input() - total.input()),
            Math.max(0, now.output() - total.output()),
            Math.max(0, now.cacheRead() - total.cacheRead()),
            0,
            0);
    total = now;
    if (grown.total() == 0) {
      return false;
    }
    if (lastOutput == null) {
      unattributed = plus(unattributed, grown);
    } else {
      usage.merge(lastOutput.line(), grown, CodexScan::plus);
    }
    return true;
  }

  /** Codex's usage: cached input is part of input, reasoning part of output. */
  static ResponseUsage ofCodex(JsonObject usage) {
    long input = ResponseUsage.count(usage, "input_tokens");
    long cached = Math.min(input, ResponseUsage.count(usage, "cached_input_tokens"));
    return new ResponseUsage(
        input - cached, ResponseUsage.count(usage, "output_tokens"), cached, 0, 0);
  }

  private static ResponseUsage plus(ResponseUsage a, ResponseUsage b) {
    return new ResponseUsage(
        ResponseUsage.sum(a.input(), b.input()),
        ResponseUsage.sum(a.output(), b.output()),
        ResponseUsage.sum(a.cacheRead(), b.cacheRead()),
        0,
        0);
  }

  private Entry entry(TranscriptFile.Line line, Instant timestamp) {
    return new Entry(line.number(), line.offset(), line.length(), timestamp, model);
  }

  private Instant timestamp(JsonObject record) {
    String text = TranscriptValues.string(record, "timestamp");
    if (text != null) {
      try {
        Instant timestamp = Instant.parse(text);
        first = first == null ? timestamp : first;
        last = timestamp;
        return timestamp;
      } catch (DateTimeParseException e) {
        // kept without a time: it takes the time it is stored at
      }
    }
    return last;
  }

  private void malformed(long number) {
    malformedCount++;
    if (malformed.size() < 100) {
      malformed.add(number);
    }
  }

  private void skip(String type) {
    skipped.merge(type, 1L, Long::sum);
  }
}
