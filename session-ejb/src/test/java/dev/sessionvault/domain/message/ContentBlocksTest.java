package dev.sessionvault.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentBlocksTest {
  private static final String TYPES =
      "must be one of: text, thinking, tool_use, tool_result, image, document";
  private static final String REQUIRED_STRING = "is required and must be a string";

  /** A block with its keys in the given order; values may be null (unlike Map.of). */
  private static Map<String, Object> block(Object... keysAndValues) {
    Map<String, Object> block = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      block.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return block;
  }

  private static Map<String, Object> text(String text) {
    return block("type", "text", "text", text);
  }

  private static Map<String, Object> toolUse(String name, Map<String, Object> input) {
    return block("type", "tool_use", "id", "toolu_01", "name", name, "input", input);
  }

  @Nested
  class Check {
    @Test
    void acceptsEveryBlockTypeWithItsRequiredMembers() {
      List<Map<String, Object>> blocks =
          List.of(
              text("hello"),
              block("type", "thinking", "thinking", "let me see", "signature", "abc"),
              toolUse("Bash", Map.of("command", "ls")),
              block("type", "tool_result", "tool_use_id", "toolu_01"),
              block(
                  "type",
                  "tool_result",
                  "tool_use_id",
                  "toolu_01",
                  "content",
                  "ok",
                  "is_error",
                  false),
              block(
                  "type",
                  "tool_result",
                  "tool_use_id",
                  "toolu_01",
                  "content",
                  List.of(text("part")),
                  "is_error",
                  true),
              // Provider-specific keys are kept, not rejected.
              block("type", "text", "text", "x", "cache_control", Map.of("type", "ephemeral")));

      assertEquals(List.of(), ContentBlocks.check(blocks, "blocks"));
    }

    @Test
    void acceptsNoBlocks() {
      assertEquals(List.of(), ContentBlocks.check(null, "blocks"));
      assertEquals(List.of(), ContentBlocks.check(List.of(), "blocks"));
    }

    static Stream<Arguments> invalidBlocks() {
      return Stream.of(
          Arguments.of(block("text", "no type"), List.of(new FieldError("blocks[0].type", TYPES))),
          Arguments.of(block("type", "audio"), List.of(new FieldError("blocks[0].type", TYPES))),
          Arguments.of(
              block("type", "image", "source", "iVBOR"),
              List.of(new FieldError("blocks[0].source", "must be an object"))),
          Arguments.of(block("type", 7), List.of(new FieldError("blocks[0].type", TYPES))),
          Arguments.of(
              block("type", "TEXT", "text", "x"), List.of(new FieldError("blocks[0].type", TYPES))),
          Arguments.of(
              block("type", "text"), List.of(new FieldError("blocks[0].text", REQUIRED_STRING))),
          Arguments.of(
              block("type", "text", "text", 42L),
              List.of(new FieldError("blocks[0].text", REQUIRED_STRING))),
          Arguments.of(
              block("type", "thinking", "text", "wrong key"),
              List.of(new FieldError("blocks[0].thinking", REQUIRED_STRING))),
          Arguments.of(
              block("type", "tool_use", "id", "t1", "input", Map.of()),
              List.of(new FieldError("blocks[0].name", REQUIRED_STRING))),
          Arguments.of(
              block("type", "tool_use", "name", "Bash", "input", List.of("ls")),
              List.of(
                  new FieldError("blocks[0].id", REQUIRED_STRING),
                  new FieldError("blocks[0].input", "is required and must be an object"))),
          Arguments.of(
              block("type", "tool_use", "id", "t1", "name", "Bash"),
              List.of(new FieldError("blocks[0].input", "is required and must be an object"))),
          Arguments.of(
              block("type", "tool_result", "content", "ok"),
              List.of(new FieldError("blocks[0].tool_use_id", REQUIRED_STRING))),
          Arguments.of(
              block("type", "tool_result", "tool_use_id", "t1", "content", 42L),
              List.of(
                  new FieldError("blocks[0].content", "must be a string or an array of blocks"))),
          Arguments.of(
              block("type", "tool_result", "tool_use_id", "t1", "content", Map.of("text", "x")),
              List.of(
                  new FieldError("blocks[0].content", "must be a string or an array of blocks"))),
          Arguments.of(
              block("type", "tool_result", "tool_use_id", "t1", "is_error", "yes"),
              List.of(new FieldError("blocks[0].is_error", "must be a boolean"))));
    }

    @ParameterizedTest
    @MethodSource("invalidBlocks")
    void reportsEachProblemAtItsPath(Map<String, Object> block, List<FieldError> expected) {
      assertEquals(expected, ContentBlocks.check(List.of(block), "blocks"));
    }

    @Test
    void indexesTheOffendingBlockBelowTheGivenPath() {
      List<Map<String, Object>> blocks =
          List.of(
              text("fine"),
              block("type", "thinking", "thinking", "fine"),
              block("type", "tool_use", "id", "t1", "input", Map.of()));

      assertEquals(
          List.of(new FieldError("[3].blocks[2].name", REQUIRED_STRING)),
          ContentBlocks.check(blocks, "[3].blocks"));
    }

    @Test
    void reportsEveryBrokenBlockInOrder() {
      List<Map<String, Object>> blocks = new ArrayList<>();
      blocks.add(block("type", "video"));
      blocks.add(null);
      blocks.add(text("fine"));
      blocks.add(block("type", "tool_result", "tool_use_id", 1L, "is_error", 0L));

      assertEquals(
          List.of(
              new FieldError("blocks[0].type", TYPES),
              new FieldError("blocks[1]", "must be an object"),
              new FieldError("blocks[3].tool_use_id", REQUIRED_STRING),
              new FieldError("blocks[3].is_error", "must be a boolean")),
          ContentBlocks.check(blocks, "blocks"));
    }
  }

  @Nested
  class PlainText {
    @Test
    void joinsTextAndThinkingLineByLine() {
      assertEquals(
          "first\nsecond thought",
          ContentBlocks.plainText(
              List.of(text("first"), block("type", "thinking", "thinking", "second thought"))));
    }

    @Test
    void describesAToolCallByNameAndInputValuesInOrder() {
      Map<String, Object> input = block("command", "ls -la", "timeout", 30L, "background", false);

      assertEquals(
          "Bash ls -la 30 false", ContentBlocks.plainText(List.of(toolUse("Bash", input))));
    }

    @Test
    void flattensNestedToolInput() {
      Map<String, Object> input =
          block(
              "file_path",
              "/src/Main.java",
              "edits",
              List.of(block("old", "foo()", "new", "bar()"), block("old", "x", "new", "y")));

      assertEquals(
          "MultiEdit /src/Main.java foo() bar() x y",
          ContentBlocks.plainText(List.of(toolUse("MultiEdit", input))));
    }

    @Test
    void takesAToolResultsStringContent() {
      assertEquals(
          "BUILD SUCCESS",
          ContentBlocks.plainText(
              List.of(
                  block("type", "tool_result", "tool_use_id", "t1", "content", "BUILD SUCCESS"))));
    }

    @Test
    void takesOnlyTheTextPartsOfAToolResultsArrayContent() {
      List<Object> content =
          Arrays.asList(
              text("line one"),
              block("type", "image", "source", Map.of("data", "iVBOR")),
              "not a block",
              block("type", "text", "text", 5L),
              text("line two"));

      assertEquals(
          "line one\nline two",
          ContentBlocks.plainText(
              List.of(block("type", "tool_result", "tool_use_id", "t1", "content", content))));
    }

    @Test
    void skipsBlocksWithoutText() {
      assertEquals(
          "before\nafter",
          ContentBlocks.plainText(
              List.of(
                  text("before"),
                  block("type", "tool_result", "tool_use_id", "t1"),
                  block("type", "image"),
                  text("after"))));
    }

    @Test
    void isEmptyForNoBlocks() {
      assertEquals("", ContentBlocks.plainText(null));
      assertEquals("", ContentBlocks.plainText(List.of()));
    }
  }

  @Nested
  class ToolText {
    @Test
    void keepsOnlyToolCallsAndResults() {
      List<Map<String, Object>> blocks =
          List.of(
              text("Let me look"),
              toolUse("Grep", Map.of("pattern", "quuxHandler")),
              block("type", "tool_result", "tool_use_id", "toolu_01", "content", "3 matches"),
              block("type", "thinking", "thinking", "hmm"));
      assertEquals("Grep quuxHandler\n3 matches", ContentBlocks.toolText(blocks));
    }

    @Test
    void isEmptyWithoutToolBlocks() {
      assertEquals("", ContentBlocks.toolText(null));
      assertEquals("", ContentBlocks.toolText(List.of(text("only prose"))));
    }
  }
}
