package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;

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
 * One conversation line of a Codex rollout as a message, in the blocks Claude's API uses: a
 * message's text, reasoning's summary as thinking (its encrypted part dropped), a function or
 * custom tool call as tool_use (its JSON arguments as the input), their outputs as tool_result, a
 * web search as a web_search tool_use, and a compaction's summary as a system message. Context
 * Codex adds itself (environment, AGENTS.md instructions) and developer messages are system
 * messages.
 */
final class CodexLines {
  private static final List<String> CONTEXT_PREFIXES =
      List.of("<environment_context>", "<user_instructions>", "# AGENTS.md");

  private CodexLines() {}

  static String externalId(long line) {
    return "rollout-line:" + line;
  }

  static AppendMessageCommand message(
      JsonObject line,
      long number,
      Long previous,
      Instant timestamp,
      String model,
      Map<String, String> toolNames,
      ResponseUsage usage,
      BigDecimal cost) {
    JsonObject payload = TranscriptValues.object(line, "payload");
    String kind =
        "compacted".equals(TranscriptValues.string(line, "type"))
            ? "compacted"
            : TranscriptValues.string(payload, "type");
    String role = "assistant";
    List<Map<String, Object>> blocks = new ArrayList<>();
    String toolCallId = null;
    String toolName = null;
    switch (kind) {
      case "message" -> {
        role = TranscriptValues.string(payload, "role");
        blocks.addAll(parts(payload.get("content")));
        String first = blocks.isEmpty() ? "" : String.valueOf(blocks.get(0).get("text"));
        if ("developer".equals(role) || "system".equals(role)) {
          role = "system";
        } else if ("user".equals(role) && CONTEXT_PREFIXES.stream().anyMatch(first::startsWith)) {
          role = "system";
          blocks.get(0).put("meta", true);
        } else if (!"user".equals(role)) {
          role = "assistant";
        }
      }
      case "reasoning" -> {
        List<String> summary = new ArrayList<>();
        if (payload.get("summary") instanceof JsonArray parts) {
          parts.forEach(
              part -> {
                if (part instanceof JsonObject text
                    && TranscriptValues.string(text, "text") != null) {
                  summary.add(TranscriptValues.string(text, "text"));
                }
              });
        }
        Map<String, Object> thinking = new LinkedHashMap<>();
        thinking.put("type", "thinking");
        thinking.put("thinking", TranscriptBlocks.truncated(String.join("\n\n", summary)));
        blocks.add(thinking);
      }
      case "function_call", "custom_tool_call", "local_shell_call", "web_search_call" -> {
        blocks.add(toolUse(payload, kind, number));
      }
      case "function_call_output", "custom_tool_call_output" -> {
        role = "tool";
        toolCallId = orElse(TranscriptValues.string(payload, "call_id"), "");
        toolName = toolNames.get(toolCallId);
        blocks.add(toolResult(payload, toolCallId));
      }
      case "compacted" -> {
        role = "system";
        Map<String, Object> summary =
            TranscriptBlocks.text(
                orElse(TranscriptValues.string(payload, "message"), "[compacted]"));
        summary.put("compactSummary", true);
        blocks.add(summary);
      }
      default -> blocks.add(TranscriptBlocks.text("[" + kind + "]"));
    }
    if (blocks.isEmpty()) {
      blocks.add(TranscriptBlocks.text(""));
    }
    return new AppendMessageCommand(
        externalId(number),
        previous == null ? null : externalId(previous),
        role,
        null,
        blocks,
        toolName,
        toolCallId,
        "assistant".equals(role) ? model : null,
        usage == null
            ? null
            : new TokensInput(usage.input(), usage.output(), usage.cacheRead(), 0L),
        cost,
        timestamp);
  }

  /** The plan an update_plan call set, as a todo list. */
  static List<TodoItemCommand> plan(JsonObject line) {
    JsonObject arguments = arguments(TranscriptValues.object(line, "payload"));
    List<TodoItemCommand> todos = new ArrayList<>();
    if (arguments != null && arguments.get("plan") instanceof JsonArray steps) {
      for (JsonValue value : steps) {
        if (value instanceof JsonObject step && TranscriptValues.string(step, "step") != null) {
          String status = orElse(TranscriptValues.string(step, "status"), "pending");
          todos.add(
              new TodoItemCommand(
                  TranscriptValues.string(step, "step"),
                  Set.of("pending", "in_progress", "completed").contains(status)
                      ? status
                      : "pending",
                  null));
        }
      }
    }
    return todos;
  }

  private static Map<String, Object> toolUse(JsonObject payload, String kind, long number) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "tool_use");
    block.put("id", orElse(TranscriptValues.string(payload, "call_id"), "line-" + number));
    Object input;
    switch (kind) {
      case "function_call" -> {
        JsonObject arguments = arguments(payload);
        block.put("name", orElse(TranscriptValues.string(payload, "name"), ""));
        input =
            arguments != null
                ? JsonBinder.plain(arguments, "arguments")
                : Map.of("arguments", orElse(TranscriptValues.string(payload, "arguments"), ""));
      }
      case "custom_tool_call" -> {
        block.put("name", orElse(TranscriptValues.string(payload, "name"), ""));
        input = Map.of("input", orElse(TranscriptValues.string(payload, "input"), ""));
      }
      default -> {
        block.put("name", kind.equals("web_search_call") ? "web_search" : "local_shell");
        JsonObject action = TranscriptValues.object(payload, "action");
        input = action == null ? Map.of() : JsonBinder.plain(action, "action");
      }
    }
    block.put("input", input);
    return block;
  }

  private static Map<String, Object> toolResult(JsonObject payload, String callId) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "tool_result");
    block.put("tool_use_id", callId);
    JsonValue output = payload.get("output");
    if (output instanceof JsonString text) {
      // a shell call's output is itself JSON: {"output": "...", "metadata": {"exit_code": 0}}
      JsonObject wrapped = TranscriptValues.parse(text.getString());
      if (wrapped != null && TranscriptValues.string(wrapped, "output") != null) {
        block.put(
            "content", TranscriptBlocks.truncated(TranscriptValues.string(wrapped, "output")));
        JsonObject metadata = TranscriptValues.object(wrapped, "metadata");
        if (metadata != null) {
          block.put("codex", JsonBinder.plain(metadata, "metadata"));
          if (metadata.getInt("exit_code", 0) != 0) {
            block.put("is_error", true);
          }
        }
      } else {
        block.put("content", TranscriptBlocks.truncated(text.getString()));
      }
    } else if (output != null && output.getValueType() != JsonValue.ValueType.NULL) {
      block.put("content", parts(output));
    }
    return block;
  }

  /** Text and images of a content array as blocks. */
  private static List<Map<String, Object>> parts(JsonValue content) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    if (content instanceof JsonArray parts) {
      for (JsonValue part : parts) {
        if (part instanceof JsonObject object && TranscriptValues.string(object, "text") != null) {
          blocks.add(TranscriptBlocks.text(TranscriptValues.string(object, "text")));
        } else if (part instanceof JsonObject object
            && "input_image".equals(TranscriptValues.string(object, "type"))) {
          Map<String, Object> image = new LinkedHashMap<>();
          image.put("type", "image");
          String url = orElse(TranscriptValues.string(object, "image_url"), "");
          image.put(
              "source",
              Map.of(
                  "type",
                  url.startsWith("data:") ? "base64" : "url",
                  "media_type",
                  url.startsWith("data:")
                      ? url.substring(5, Math.max(5, url.indexOf(';')))
                      : "unknown",
                  "bytes",
                  (long) url.length() * 3 / 4));
          blocks.add(image);
        } else {
          blocks.add(TranscriptBlocks.block(part));
        }
      }
    } else if (content instanceof JsonString text) {
      blocks.add(TranscriptBlocks.text(text.getString()));
    }
    return blocks;
  }

  private static JsonObject arguments(JsonObject payload) {
    String arguments = TranscriptValues.string(payload, "arguments");
    return arguments == null ? null : TranscriptValues.parse(arguments);
  }
}
