package dev.sessionvault.infrastructure.transfer;

import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A readable transcript: a title, a metadata table, one section per message (code fences intact,
 * tool calls and results folded in {@code <details>}), the todo list as a checklist, the commands
 * run, and a line saying what was redacted.
 */
final class MarkdownWriter extends TranscriptWriter {
  MarkdownWriter(Writer out, String exportedAt) {
    super(out, exportedAt);
  }

  @Override
  public void session(SessionView s) throws IOException {
    out.write("# " + cell(Transcripts.title(s)) + "\n\n| | |\n|---|---|\n");
    for (Map.Entry<String, String> row : Transcripts.facts(s).entrySet()) {
      out.write("| " + row.getKey() + " | " + cell(row.getValue()) + " |\n");
    }
    if (s.summary() != null && !s.summary().isBlank()) {
      out.write("\n> " + TranscriptText.markdownProse(s.summary()).replace("\n", "\n> ") + "\n");
    }
    out.write("\n## Conversation\n");
  }

  @Override
  void startMessage(MessageView m) throws IOException {
    out.write("\n### " + m.seq() + " · " + Transcripts.heading(m) + "\n\n");
  }

  @Override
  void endMessage() {}

  @Override
  public void todos(List<TodoView> todos) throws IOException {
    if (todos.isEmpty()) {
      return;
    }
    out.write("\n## Todos\n\n");
    for (TodoView todo : todos) {
      String box = "completed".equals(todo.status()) ? "[x]" : "[ ]";
      String note = "in_progress".equals(todo.status()) ? " *(in progress)*" : "";
      out.write("- " + box + " " + cell(todo.content()) + note + "\n");
    }
  }

  @Override
  void startCommands() throws IOException {
    out.write("\n## Commands\n\n");
  }

  @Override
  public void end(Map<String, Long> redactions) throws IOException {
    out.write("\n---\n\n*" + Transcripts.footer(exportedAt, redactions) + "*\n");
    out.flush();
  }

  @Override
  void prose(String text) throws IOException {
    for (TranscriptText.Segment segment : TranscriptText.segments(text)) {
      if (segment.code()) {
        String fence = TranscriptText.fenceFor(segment.text());
        out.write(fence + segment.language() + "\n" + segment.text() + "\n" + fence + "\n\n");
      } else {
        out.write(TranscriptText.markdownProse(segment.text()) + "\n\n");
      }
    }
  }

  @Override
  void folded(String summary, String language, String body) throws IOException {
    String fence = TranscriptText.fenceFor(body);
    out.write("<details>\n<summary>" + TranscriptText.html(summary) + "</summary>\n\n");
    out.write(fence + language + "\n" + body + "\n" + fence + "\n\n</details>\n\n");
  }

  /** Text for one table cell or list item: one line, no column break, no live HTML. */
  private static String cell(String text) {
    return TranscriptText.markdownProse(text.replace("\r", "").replace("\n", " "))
        .replace("|", "\\|");
  }
}
