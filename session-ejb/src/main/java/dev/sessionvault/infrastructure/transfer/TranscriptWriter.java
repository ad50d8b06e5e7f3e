package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.transfer.SessionDocumentWriter;
import dev.sessionvault.application.view.session.InteractionView;
import dev.sessionvault.application.view.session.MessageView;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * What the readable formats share: a message is its prose and its folded parts (thinking, tool
 * calls and results), an interaction is a folded command and result. Each format writes prose, a
 * message's frame and a folded part in its own markup.
 */
abstract class TranscriptWriter implements SessionDocumentWriter {
  protected final Writer out;
  protected final String exportedAt;
  private boolean commandsStarted;

  TranscriptWriter(Writer out, String exportedAt) {
    this.out = out;
    this.exportedAt = exportedAt;
  }

  abstract void prose(String text) throws IOException;

  /** A part shown on demand: a summary line, and the body as code in {@code language}. */
  abstract void folded(String summary, String language, String body) throws IOException;

  abstract void startMessage(MessageView m) throws IOException;

  abstract void endMessage() throws IOException;

  abstract void startCommands() throws IOException;

  boolean commandsStarted() {
    return commandsStarted;
  }

  @Override
  public void message(MessageView m) throws IOException {
    startMessage(m);
    if (m.blocks() == null || m.blocks().isEmpty()) {
      if ("tool".equals(m.role())) {
        folded("Tool result" + (m.toolName() == null ? "" : ": " + m.toolName()), "", m.content());
      } else {
        prose(m.content());
      }
    } else {
      for (Map<String, Object> block : m.blocks()) {
        block(block);
      }
    }
    endMessage();
  }

  private void block(Map<String, Object> block) throws IOException {
    switch (String.valueOf(block.get("type"))) {
      case "text" -> prose(String.valueOf(block.get("text")));
      case "thinking" -> folded("Thinking", "", String.valueOf(block.get("thinking")));
      case "tool_use" ->
          folded(
              "Tool call: " + block.get("name") + " (" + block.get("id") + ")",
              "json",
              Transcripts.json(block.get("input")));
      case "tool_result" ->
          folded(
              (Boolean.TRUE.equals(block.get("is_error")) ? "Tool error" : "Tool result")
                  + " ("
                  + block.get("tool_use_id")
                  + ")",
              "",
              Transcripts.resultText(block.get("content")));
      default -> folded("Block: " + block.get("type"), "json", Transcripts.json(block));
    }
  }

  @Override
  public void interaction(InteractionView i) throws IOException {
    if (!commandsStarted) {
      startCommands();
      commandsStarted = true;
    }
    String exit = i.exitCode() == null ? "" : " → exit " + i.exitCode();
    folded("$ " + i.command().replace("\n", " ") + exit, "", i.result() == null ? "" : i.result());
  }
}
