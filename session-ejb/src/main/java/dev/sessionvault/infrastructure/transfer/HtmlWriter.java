package dev.sessionvault.infrastructure.transfer;

import static dev.sessionvault.infrastructure.transfer.TranscriptText.html;

import dev.sessionvault.application.view.session.MessageView;
import dev.sessionvault.application.view.session.SessionView;
import dev.sessionvault.application.view.session.TodoView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One self-contained page: inline style, no script, no external asset, so it opens the same from a
 * mail attachment. Every piece of session content is HTML-escaped.
 */
final class HtmlWriter extends TranscriptWriter {
  private static final String STYLE =
      """
      :root{color-scheme:light dark;--fg:#1f2328;--muted:#656d76;--bg:#fff;--card:#f6f8fa;\
      --line:#d0d7de;--user:#ddf4ff;--assistant:#f6f8fa;--tool:#fff8c5}
      @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;\
      --card:#161b22;--line:#30363d;--user:#0c2d48;--assistant:#161b22;--tool:#2e2a10}}
      body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,\
      "Segoe UI",Roboto,sans-serif}
      main{max-width:920px;margin:0 auto;padding:24px}
      h1{font-size:1.6em;margin:0 0 12px}h2{margin-top:32px;border-bottom:1px solid var(--line)}
      table.meta{border-collapse:collapse;font-size:.9em}
      table.meta th{text-align:left;color:var(--muted);font-weight:500;padding:2px 16px 2px 0}
      article{border:1px solid var(--line);border-radius:8px;margin:12px 0;padding:8px 14px;\
      background:var(--assistant)}
      article.user{background:var(--user)}article.tool{background:var(--tool)}
      article h3{font-size:.85em;color:var(--muted);margin:0 0 6px;font-weight:600}
      .text{white-space:pre-wrap;overflow-wrap:anywhere}
      pre{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px;\
      overflow:auto;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      details{margin:6px 0}summary{cursor:pointer;color:var(--muted)}
      ul.todos{list-style:none;padding-left:0}footer{margin-top:32px;color:var(--muted);\
      font-size:.85em}
      """;

  HtmlWriter(Writer out, String exportedAt) {
    super(out, exportedAt);
  }

  @Override
  public void session(SessionView s) throws IOException {
    String title = html(Transcripts.title(s));
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + title + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<main>\n<header>\n<h1>" + title + "</h1>\n<table class=\"meta\">\n");
    for (Map.Entry<String, String> row : Transcripts.facts(s).entrySet()) {
      out.write("<tr><th>" + html(row.getKey()) + "</th><td>" + html(row.getValue()));
      out.write("</td></tr>\n");
    }
    out.write("</table>\n");
    if (s.summary() != null && !s.summary().isBlank()) {
      out.write("<p class=\"text\">" + html(s.summary()) + "</p>\n");
    }
    out.write("</header>\n<section>\n<h2>Conversation</h2>\n");
  }

  @Override
  void startMessage(MessageView m) throws IOException {
    out.write("<article class=\"" + html(m.role()) + "\" id=\"m" + m.seq() + "\">\n<h3>");
    out.write(m.seq() + " · " + html(Transcripts.heading(m)) + "</h3>\n");
  }

  @Override
  void endMessage() throws IOException {
    out.write("</article>\n");
  }

  @Override
  public void todos(List<TodoView> todos) throws IOException {
    out.write("</section>\n");
    if (todos.isEmpty()) {
      return;
    }
    out.write("<section>\n<h2>Todos</h2>\n<ul class=\"todos\">\n");
    for (TodoView todo : todos) {
      String box = "completed".equals(todo.status()) ? "☑" : "☐";
      String note = "in_progress".equals(todo.status()) ? " <em>(in progress)</em>" : "";
      out.write("<li>" + box + " " + html(todo.content()) + note + "</li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  @Override
  void startCommands() throws IOException {
    out.write("<section>\n<h2>Commands</h2>\n");
  }

  @Override
  public void end(Map<String, Long> redactions) throws IOException {
    if (commandsStarted()) {
      out.write("</section>\n");
    }
    out.write("<footer>" + html(Transcripts.footer(exportedAt, redactions)) + "</footer>\n");
    out.write("</main>\n</body>\n</html>\n");
    out.flush();
  }

  @Override
  void prose(String text) throws IOException {
    for (TranscriptText.Segment segment : TranscriptText.segments(text)) {
      if (segment.code()) {
        out.write("<pre><code>" + html(segment.text()) + "</code></pre>\n");
      } else if (!segment.text().isBlank()) {
        out.write("<div class=\"text\">" + html(segment.text().strip()) + "</div>\n");
      }
    }
  }

  @Override
  void folded(String summary, String language, String body) throws IOException {
    out.write("<details><summary>" + html(summary) + "</summary>\n");
    out.write("<pre>" + html(body) + "</pre></details>\n");
  }
}
