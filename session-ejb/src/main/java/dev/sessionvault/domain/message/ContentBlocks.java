package dev.sessionvault.domain.message;

import dev.sessionvault.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The structured content of a message, in the shape assistants exchange with their models: a list
 * of {@code text}, {@code thinking}, {@code tool_use {id, name, input}}, {@code tool_result
 * {tool_use_id, content, is_error}}, {@code image} and {@code document} blocks (their {@code
 * source} describes the data: media type and size; the bytes are not kept). Blocks may carry
 * further provider-specific keys; they are kept as sent.
 */
public final class ContentBlocks {
  private static final List<String> TYPES =
      List.of("text", "thinking", "tool_use", "tool_result", "image", "document");

  private ContentBlocks() {}

  /** Checks each block's type and required members; errors are reported under {@code path}. */
  public static List<FieldError> check(List<Map<String, Object>> blocks, String path) {
    List<FieldError> errors = new ArrayList<>();
    if (blocks == null) {
      return errors;
    }
    for (int i = 0; i < blocks.size(); i++) {
      String at = path + "[" + i + "]";
      Map<String, Object> block = blocks.get(i);
      if (block == null) {
        errors.add(new FieldError(at, "must be an object"));
        continue;
      }
      Object type = block.get("type");
      if (!(type instanceof String name) || !TYPES.contains(name)) {
        errors.add(new FieldError(at + ".type", "must be one of: " + String.join(", ", TYPES)));
        continue;
      }
      switch (name) {
        case "text" -> requireString(block, "text", at, errors);
        case "thinking" -> requireString(block, "thinking", at, errors);
        case "tool_use" -> {
          requireString(block, "id", at, errors);
          requireString(block, "name", at, errors);
          if (!(block.get("input") instanceof Map<?, ?>)) {
            errors.add(new FieldError(at + ".input", "is required and must be an object"));
          }
        }
        case "image", "document" -> {
          if (block.get("source") != null && !(block.get("source") instanceof Map<?, ?>)) {
            errors.add(new FieldError(at + ".source", "must be an object"));
          }
        }
        default -> {
          requireString(block, "tool_use_id", at, errors);
          Object content = block.get("content");
          if (content != null && !(content instanceof String) && !(content instanceof List<?>)) {
            errors.add(new FieldError(at + ".content", "must be a string or an array of blocks"));
          }
          Object isError = block.get("is_error");
          if (isError != null && !(isError instanceof Boolean)) {
            errors.add(new FieldError(at + ".is_error", "must be a boolean"));
          }
        }
      }
    }
    return errors;
  }

  /**
   * The searchable, displayable text of blocks, for messages sent with blocks but no content: the
   * text and thinking, the tool called with its input, and the tool results.
   */
  public static String plainText(List<Map<String, Object>> blocks) {
    if (blocks == null) {
      return "";
    }
    return blocks.stream()
        .map(ContentBlocks::plainText)
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /**
   * The tool calls and tool results among the blocks (tool names, input values, results): what
   * search finds in a message besides its content. Empty when there are none.
   */
  public static String toolText(List<Map<String, Object>> blocks) {
    if (blocks == null) {
      return "";
    }
    return blocks.stream()
        .filter(block -> block != null)
        .filter(block -> List.of("tool_use", "tool_result").contains(block.get("type")))
        .map(ContentBlocks::plainText)
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  private static String plainText(Map<String, Object> block) {
    return switch (String.valueOf(block.get("type"))) {
      case "text" -> String.valueOf(block.get("text"));
      case "thinking" -> String.valueOf(block.get("thinking"));
      case "tool_use" -> block.get("name") + " " + values(block.get("input"));
      case "tool_result" -> resultText(block.get("content"));
      default -> "";
    };
  }

  /** The scalar values of a tool input, in order: what a person would search for. */
  private static String values(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().map(ContentBlocks::values).collect(Collectors.joining(" "));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ContentBlocks::values).collect(Collectors.joining(" "));
    }
    return value == null ? "" : value.toString();
  }

  private static String resultText(Object content) {
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof List<?> parts) {
      return parts.stream()
          .filter(Map.class::isInstance)
          .map(part -> ((Map<?, ?>) part).get("text"))
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .collect(Collectors.joining("\n"));
    }
    return "";
  }

  private static void requireString(
      Map<String, Object> block, String key, String at, List<FieldError> errors) {
    Object value = block.get(key);
    if (!(value instanceof String)) {
      errors.add(new FieldError(at + "." + key, "is required and must be a string"));
    }
  }
}
