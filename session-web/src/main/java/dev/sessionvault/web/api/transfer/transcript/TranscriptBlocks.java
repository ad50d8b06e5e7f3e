package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.object;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.orElse;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.string;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.web.api.json.JsonBinder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content blocks of a transcript line (Claude Code's, which Codex's are mapped onto) as the API
 * stores them: text, thinking without its signature (redacted thinking as an empty one), tool_use,
 * tool_result (nested blocks too), image and document with their media type and decoded size
 * instead of their bytes, and any other kind as a text naming it. Texts longer than a message may
 * hold are cut, saying how much the transcript still has.
 */
final class TranscriptBlocks {
  /** What a text may hold at most; the stored transcript keeps the rest. */
  static final int MAX_TEXT = AppendMessageCommand.MAX_CONTENT_CHARS;

  private TranscriptBlocks() {}

  /** A content block as stored: known kinds in the API's shape, anything else by its kind. */
  static Map<String, Object> block(JsonValue value) {
    if (!(value instanceof JsonObject block)) {
      return text(value.toString());
    }
    String type = orElse(string(block, "type"), "unknown");
    Map<String, Object> stored = new LinkedHashMap<>();
    switch (type) {
      case "text" -> stored = text(orElse(string(block, "text"), ""));
      case "thinking" -> {
        stored.put("type", "thinking");
        stored.put("thinking", truncated(orElse(string(block, "thinking"), "")));
      }
      case "redacted_thinking" -> {
        stored.put("type", "thinking");
        stored.put("thinking", "");
        stored.put("redacted", true);
      }
      case "tool_use" -> {
        stored.put("type", "tool_use");
        stored.put("id", orElse(string(block, "id"), ""));
        stored.put("name", orElse(string(block, "name"), ""));
        JsonValue input = block.get("input");
        stored.put(
            "input",
            input instanceof JsonObject
                ? JsonBinder.plain(input, "input")
                : input == null ? Map.of() : Map.of("value", JsonBinder.plain(input, "input")));
      }
      case "tool_result" -> {
        stored.put("type", "tool_result");
        stored.put("tool_use_id", orElse(string(block, "tool_use_id"), ""));
        JsonValue content = block.get("content");
        if (content instanceof JsonString text) {
          stored.put("content", truncated(text.getString()));
        } else if (content instanceof JsonArray parts) {
          List<Map<String, Object>> nested = new ArrayList<>();
          parts.forEach(part -> nested.add(block(part)));
          stored.put("content", nested);
        }
        if (block.get("is_error") == JsonValue.TRUE) {
          stored.put("is_error", true);
        }
      }
      case "image", "document" -> {
        stored.put("type", type);
        JsonObject source = object(block, "source");
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("type", orElse(string(source, "type"), "unknown"));
        kept.put("media_type", orElse(string(source, "media_type"), "unknown"));
        String data = string(source, "data");
        if (data != null) {
          kept.put("bytes", base64Bytes(data));
        }
        stored.put("source", kept);
      }
      default -> {
        stored = text("[" + type + " block]");
        stored.put("originalType", type);
      }
    }
    return stored;
  }

  static Map<String, Object> text(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "text");
    block.put("text", truncated(text));
    return block;
  }

  /** The size of base64 data once decoded. */
  private static long base64Bytes(String data) {
    int padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
    return Math.max(0, (long) data.length() * 3 / 4 - padding);
  }

  static String truncated(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    String marker =
        "\n[truncated: " + (text.length() - MAX_TEXT + 200) + " more characters in the transcript]";
    return text.substring(0, MAX_TEXT - 200) + marker;
  }
}
