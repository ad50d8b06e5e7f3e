package dev.sessionvault.infrastructure.search;

import dev.sessionvault.domain.message.ContentBlocks;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** Indexes the tool calls and results of a message's blocks as one searchable text. */
@SuppressWarnings(
    "rawtypes") // the property is a List<Map<String, Object>>; the bridge sees it whole
public class ToolTextBridge implements ValueBridge<List, String> {

  @Override
  @SuppressWarnings("unchecked")
  public String toIndexedValue(List blocks, ValueBridgeToIndexedValueContext context) {
    String text = ContentBlocks.toolText((List<Map<String, Object>>) blocks);
    return text.isEmpty() ? null : text;
  }
}
