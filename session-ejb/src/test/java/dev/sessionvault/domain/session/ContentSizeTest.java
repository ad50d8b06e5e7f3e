package dev.sessionvault.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSizeTest {
  @Test
  void textIsMeasuredInUtf8Bytes() {
    for (String text : List.of("", "plain", "héllo €", "emoji 😀 and 中文", "\u0000")) {
      assertEquals(text.getBytes(StandardCharsets.UTF_8).length, ContentSize.of(text), text);
    }
    assertEquals(0, ContentSize.of(null));
  }

  @Test
  void structuredValuesAreMeasuredAsTheirCompactJson() {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", "tool_use");
    block.put("input", Map.of("path", "src/é.java"));
    block.put("ok", true);
    block.put("n", 42);
    block.put("none", null);
    List<Object> blocks = List.of(block, "text");
    String json =
        "[{\"type\":\"tool_use\",\"input\":{\"path\":\"src/é.java\"},\"ok\":true,\"n\":42,"
            + "\"none\":null},\"text\"]";
    assertEquals(json.getBytes(StandardCharsets.UTF_8).length, ContentSize.ofJson(blocks));
    assertEquals(0, ContentSize.ofJson(null));
  }
}
