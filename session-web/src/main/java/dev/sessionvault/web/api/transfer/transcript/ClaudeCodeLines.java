package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.object;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.string;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.command.session.TokensInput;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a Claude Code transcript as a message: role, content blocks in the shape the API
 * stores them (text, thinking without its signature, tool_use, tool_result, image with its media
 * type and size instead of its bytes), the line's uuid and parent as externalId and
 * parentExternalId, and on the first line of a response that response's final usage and cost.
 */
final class ClaudeCodeLines {
  /** The fields every line has; the rest of a system line is kept with its text. */
  private static final Set<String> COMMON =
      Set.of(
          "parentUuid",
          "logicalParentUuid",
          "isSidechain",
          "userType",
          "cwd",
          "sessionId",
          "version",
          "gitBranch",
          "slug",
          "type",
          "uuid",
          "timestamp",
          "content",
          "isMeta",
          "agentId",
          "requestId",
          "message");

  private ClaudeCodeLines() {}

  /** The model of an assistant line; none for the placeholder of API errors. */
  static String model(JsonObject line) {
    String model = string(object(line, "message"), "model");
    return model == null || model.startsWith("<") ? null : model;
  }

  /**
   * The message of a conversation line.
   *
   * @param usage the response's final usage when this line carries it, else null
   * @param cost what that usage cost, null when unknown
   */
  static AppendMessageCommand message(
      JsonObject line,
      Instant timestamp,
      Map<String, String> toolNames,
      ResponseUsage usage,
      BigDecimal cost) {
    String type = string(line, "type");
    JsonObject message = object(line, "message");
    String role = "system".equals(type) ? "system" : type;
    String content = null;
    List<Map<String, Object>> blocks = new ArrayList<>();
    String toolName = null;
    String toolCallId = null;
    if ("system".equals(type)) {
      Map<String, Object> block =
          TranscriptBlocks.text(orElse(string(line, "content"), "[" + subtype(line) + "]"));
      block.put("claudeCode", extras(line));
      blocks.add(block);
    } else if (message != null && message.get("content") instanceof JsonString text) {
      content = TranscriptBlocks.truncated(text.getString());
    } else if (message != null && message.get("content") instanceof JsonArray parts) {
      parts.forEach(part -> blocks.add(TranscriptBlocks.block(part)));
      if ("user".equals(type) && !blocks.isEmpty() && allResults(blocks)) {
        role = "tool";
        toolCallId = (String) blocks.get(0).get("tool_use_id");
        toolName = toolNames.get(toolCallId);
      }
    }
    if ("user".equals(type) && (line.getBoolean("isMeta", false) || compactSummary(line))) {
      role = "system"; // context Claude Code added, not what the person typed
      if (content != null) {
        blocks.add(0, TranscriptBlocks.text(content));
        content = null;
      }
      if (!blocks.isEmpty()) {
        blocks.get(0).put(compactSummary(line) ? "compactSummary" : "meta", true);
      }
    }
    if (content == null && blocks.isEmpty()) {
      content = "[empty " + type + " line]";
    }
    if (line.getBoolean("isApiErrorMessage", false) && !blocks.isEmpty()) {
      blocks.get(0).put("apiError", true);
    }
    return new AppendMessageCommand(
        string(line, "uuid"),
        orElse(string(line, "parentUuid"), string(line, "logicalParentUuid")),
        role,
        content,
        blocks.isEmpty() ? null : blocks,
        toolName,
        toolCallId,
        "assistant".equals(type) ? model(line) : null,
        usage == null
            ? null
            : new TokensInput(usage.input(), usage.output(), usage.cacheRead(), usage.cacheWrite()),
        cost,
        timestamp);
  }

  /** Queued input that reached the agent only while it worked. */
  static AppendMessageCommand steering(String text, Instant timestamp, long line) {
    Map<String, Object> block = TranscriptBlocks.text(text);
    block.put("steering", true);
    return new AppendMessageCommand(
        "queue-operation:" + line + ":" + timestamp,
        null,
        "user",
        null,
        List.of(block),
        null,
        null,
        null,
        null,
        null,
        timestamp);
  }

  /** The todo list a TodoWrite call on this line wrote (the last such call of the line). */
  static List<TodoItemCommand> todos(JsonObject line) {
    List<TodoItemCommand> todos = null;
    JsonObject message = object(line, "message");
    if (message != null && message.get("content") instanceof JsonArray parts) {
      for (JsonValue part : parts) {
        if (part instanceof JsonObject block
            && "tool_use".equals(string(block, "type"))
            && "TodoWrite".equals(string(block, "name"))
            && object(block, "input") != null
            && object(block, "input").get("todos") instanceof JsonArray items) {
          todos = new ArrayList<>();
          for (JsonValue item : items) {
            if (item instanceof JsonObject todo && string(todo, "content") != null) {
              String status = orElse(string(todo, "status"), "pending");
              todos.add(
                  new TodoItemCommand(
                      string(todo, "content"),
                      Set.of("pending", "in_progress", "completed").contains(status)
                          ? status
                          : "pending",
                      string(todo, "activeForm")));
            }
          }
        }
      }
    }
    return todos;
  }

  private static boolean compactSummary(JsonObject line) {
    return line.getBoolean("isCompactSummary", false);
  }

  private static boolean allResults(List<Map<String, Object>> blocks) {
    return blocks.stream().allMatch(block -> "tool_result".equals(block.get("type")));
  }

  private static String subtype(JsonObject line) {
    return orElse(string(line, "subtype"), "system");
  }

  private static Map<String, Object> extras(JsonObject line) {
    Map<String, Object> extras = new LinkedHashMap<>();
    line.forEach(
        (name, value) -> {
          if (!COMMON.contains(name)) {
            extras.put(name, JsonBinder.plain(value, name));
          }
        });
    return extras;
  }
}
