package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first read of a Claude Code transcript: what spans lines, learnt before any message is made.
 * Which lines are conversation and to which chain they belong (the main session, or a sub-agent by
 * its agentId), each response's final usage (the line with the largest totals; one response is
 * written as several lines that share {@code message.id} and {@code requestId}) and the line that
 * carries it (the response's first), tool names by call id, the last title, the summaries, the last
 * todo list, queued input, and the lines that are skipped.
 */
final class ClaudeCodeScan {
  static final String MAIN = "";
  static final Set<String> CONVERSATION = Set.of("user", "assistant", "system");
  private static final int MALFORMED_LISTED = 100;

  /** One message to make: a conversation line, or queued input that reached the agent only so. */
  record Entry(long line, long offset, int length, Instant timestamp, String steering) {}

  /** What one chain (the main session or one sub-agent) is, besides its messages. */
  static final class Chain {
    final String agentId;
    final List<Entry> entries = new ArrayList<>();
    final Map<String, Integer> models = new HashMap<>();
    final Set<String> uuids = new HashSet<>();
    String sessionId;
    String cwd;
    String gitBranch;
    String version;
    String slug;
    Instant first;
    Instant last;
    Entry todoLine;
    BigDecimal reportedCostUsd;

    Chain(String agentId) {
      this.agentId = agentId;
    }

    String model() {
      return models.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }
  }

  final Map<String, Chain> chains = new LinkedHashMap<>();
  final Map<String, ResponseUsage> usage = new HashMap<>();
  final Map<String, String> carriers = new HashMap<>();
  final Map<String, String> toolNames = new HashMap<>();
  final Map<String, Long> skipped = new TreeMap<>();
  final List<Long> malformed = new ArrayList<>();
  long malformedCount;
  long lines;
  String aiTitle;
  String customTitle;
  private final Map<String, String> summaries = new LinkedHashMap<>();

  /**
   * Fingerprints of what users typed (not the texts: a long session's prompts would fill memory).
   */
  private final Set<Long> userTexts = new HashSet<>();

  private final List<Entry> queued = new ArrayList<>();
  private final Set<String> seenUuids = new HashSet<>();
  private Instant lastTimestamp;

  static ClaudeCodeScan of(TranscriptFile file) {
    ClaudeCodeScan scan = new ClaudeCodeScan();
    scan.lines = file.forEachLine(scan::take);
    scan.addSteering();
    return scan;
  }

  /** The response a line of an assistant message belongs to. */
  static String responseKey(JsonObject line) {
    JsonObject message = TranscriptValues.object(line, "message");
    String id = message == null ? null : TranscriptValues.string(message, "id");
    if (id == null) {
      return "line:" + TranscriptValues.string(line, "uuid");
    }
    String request = TranscriptValues.string(line, "requestId");
    return request == null ? id : id + "|" + request;
  }

  /** The summary of the chain's conversation: a summary line whose leaf is one of its lines. */
  String summary(Chain chain) {
    String summary = null;
    for (Map.Entry<String, String> entry : summaries.entrySet()) {
      if (chain.uuids.contains(entry.getKey())) {
        summary = entry.getValue();
      }
    }
    return summary;
  }

  /** Summaries of another session's conversation (their leaf is in no chain of this file). */
  long foreignSummaries() {
    return summaries.keySet().stream()
        .filter(leaf -> chains.values().stream().noneMatch(c -> c.uuids.contains(leaf)))
        .count();
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
    if (record == null) {
      malformed(line.number());
      return;
    }
    String type = TranscriptValues.string(record, "type");
    Instant timestamp = timestamp(record);
    if (type == null) {
      skip("(no type)");
    } else if (CONVERSATION.contains(type)) {
      conversation(line, record, type, timestamp);
    } else {
      switch (type) {
        case "summary" ->
            summaries.put(
                String.valueOf(TranscriptValues.string(record, "leafUuid")),
                TranscriptValues.string(record, "summary"));
        case "ai-title" -> aiTitle = orElse(TranscriptValues.string(record, "aiTitle"), aiTitle);
        case "custom-title" ->
            customTitle = orElse(TranscriptValues.string(record, "customTitle"), customTitle);
        case "queue-operation" -> queue(line, record, timestamp);
        default -> skip(type);
      }
    }
  }

  private void conversation(
      TranscriptFile.Line line, JsonObject record, String type, Instant timestamp) {
    String uuid = TranscriptValues.string(record, "uuid");
    if (uuid != null && !seenUuids.add(uuid)) {
      skip("(repeated uuid)");
      return;
    }
    String agentId =
        record.getBoolean("isSidechain", false)
            ? orElse(TranscriptValues.string(record, "agentId"), "sidechain")
            : MAIN;
    Chain chain = chains.computeIfAbsent(agentId, Chain::new);
    Entry entry = new Entry(line.number(), line.offset(), line.length(), timestamp, null);
    chain.entries.add(entry);
    if (uuid != null) {
      chain.uuids.add(uuid);
    }
    chain.sessionId = orElse(chain.sessionId, TranscriptValues.string(record, "sessionId"));
    chain.cwd = orElse(chain.cwd, TranscriptValues.string(record, "cwd"));
    chain.gitBranch = orElse(TranscriptValues.string(record, "gitBranch"), chain.gitBranch);
    chain.version = orElse(TranscriptValues.string(record, "version"), chain.version);
    chain.slug = orElse(TranscriptValues.string(record, "slug"), chain.slug);
    if (timestamp != null) {
      chain.first =
          chain.first == null || timestamp.isBefore(chain.first) ? timestamp : chain.first;
      chain.last = chain.last == null || timestamp.isAfter(chain.last) ? timestamp : chain.last;
    }
    if (record.get("costUSD") instanceof JsonNumber cost) {
      chain.reportedCostUsd =
          chain.reportedCostUsd == null
              ? cost.bigDecimalValue()
              : chain.reportedCostUsd.add(cost.bigDecimalValue());
    }
    JsonObject message = TranscriptValues.object(record, "message");
    if (message == null) {
      return;
    }
    if (type.equals("assistant")) {
      assistant(chain, entry, record, message, uuid);
    } else if (type.equals("user")) {
      user(message);
    }
  }

  private void assistant(
      Chain chain, Entry entry, JsonObject record, JsonObject message, String uuid) {
    String key = responseKey(record);
    carriers.putIfAbsent(key, uuid);
    ResponseUsage reported = ResponseUsage.ofClaude(TranscriptValues.object(message, "usage"));
    ResponseUsage best = usage.get(key);
    if (best == null || reported.total() > best.total()) {
      usage.put(key, reported);
    }
    String model = ClaudeCodeLines.model(record);
    if (model != null) {
      chain.models.merge(model, 1, Integer::sum);
    }
    if (message.get("content") instanceof JsonArray blocks) {
      for (JsonValue value : blocks) {
        if (value instanceof JsonObject block && "tool_use".equals(block.getString("type", ""))) {
          String name = TranscriptValues.string(block, "name");
          String id = TranscriptValues.string(block, "id");
          if (id != null && name != null) {
            toolNames.put(id, name);
          }
          if ("TodoWrite".equals(name)) {
            chain.todoLine = entry;
          }
        }
      }
    }
  }

  private void user(JsonObject message) {
    JsonValue content = message.get("content");
    if (content instanceof JsonString text) {
      userTexts.add(TranscriptValues.fingerprint(text.getString()));
    } else if (content instanceof JsonArray blocks) {
      for (JsonValue value : blocks) {
        if (value instanceof JsonObject block && "text".equals(block.getString("type", ""))) {
          String text = TranscriptValues.string(block, "text");
          if (text != null) {
            userTexts.add(TranscriptValues.fingerprint(text));
          }
        }
      }
    }
  }

  private void queue(TranscriptFile.Line line, JsonObject record, Instant timestamp) {
    String content = TranscriptValues.string(record, "content");
    if ("enqueue".equals(TranscriptValues.string(record, "operation"))
        && content != null
        && !content.isBlank()) {
      queued.add(new Entry(line.number(), line.offset(), line.length(), timestamp, content));
    } else {
      skip("queue-operation");
    }
  }

  /**
   * Queued input that never became a user message reached the agent while it worked: it is kept as
   * a user message marked as steering, once, at the time it was queued.
   */
  private void addSteering() {
    Set<Long> kept = new HashSet<>();
    for (Entry entry : queued) {
      long text = TranscriptValues.fingerprint(entry.steering());
      if (userTexts.contains(text) || !kept.add(text)) {
        skip("queue-operation");
      } else {
        chains.computeIfAbsent(MAIN, Chain::new).entries.add(entry);
      }
    }
  }

  private Instant timestamp(JsonObject record) {
    String text = TranscriptValues.string(record, "timestamp");
    if (text != null) {
      try {
        lastTimestamp = Instant.parse(text);
        return lastTimestamp;
      } catch (DateTimeParseException e) {
        // a line without a readable time sorts with the line before it
      }
    }
    return lastTimestamp;
  }

  private void malformed(long number) {
    malformedCount++;
    if (malformed.size() < MALFORMED_LISTED) {
      malformed.add(number);
    }
  }

  private void skip(String type) {
    skipped.merge(type, 1L, Long::sum);
  }
}
