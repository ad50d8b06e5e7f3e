package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One session out as a document: canonical JSON, JSON lines, Markdown and HTML. */
class ExportIT extends EndToEndTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String CODE = "```java\nclass A { int x = 1 < 2 ? 3 : 4; }\n```";

  /** A session with every part: fields, messages with blocks, todos, interactions, a status. */
  static String richSession() {
    String id =
        createSession(
                session("claude_code")
                    .add("name", "Fix the login <b>bug</b>")
                    .add("summary", "Two turns")
                    .add("model", "claude-sonnet-4")
                    .add("projectPath", "/home/dev/app")
                    .add("gitBranch", "main")
                    .add("tags", Json.createArrayBuilder().add("export").add("it"))
                    .add("metadata", Json.createObjectBuilder().add("ticket", "APP-1"))
                    .add("llmConfig", Json.createObjectBuilder().add("temperature", 0.2)))
            .getString("id");
    String messages =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("role", "user")
                    .add("content", "Why does " + SCRIPT + " run?\n\n" + CODE + "\n\nThanks"))
            .add(
                Json.createObjectBuilder()
                    .add("role", "assistant")
                    .add("model", "claude-sonnet-4")
                    .add("costUsd", 0.0125)
                    .add("tokens", Json.createObjectBuilder().add("input", 10).add("output", 20))
                    .add(
                        "blocks",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "thinking")
                                    .add("thinking", "Look."))
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "text")
                                    .add("text", "Running it."))
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "tool_use")
                                    .add("id", "toolu_1")
                                    .add("name", "Bash")
                                    .add(
                                        "input",
                                        Json.createObjectBuilder().add("command", "ls -la")))))
            .add(
                Json.createObjectBuilder()
                    .add("role", "tool")
                    .add("toolName", "Bash")
                    .add("toolCallId", "toolu_1")
                    .add("content", "total 0\n```not a fence end"))
            .build()
            .toString();
    Api.post("/sessions/" + id + "/messages", messages).expect(201);
    Api.put(
            "/sessions/" + id + "/todos",
            "[{\"content\":\"Write the test\",\"status\":\"completed\"},"
                + "{\"content\":\"Fix <b>it</b>\",\"status\":\"in_progress\",\"activeForm\":\"Fixing it\"}]")
        .expect(200);
    Api.post(
            "/sessions/" + id + "/interactions",
            "{\"command\":\"npm test\",\"result\":\"1 failing\",\"exitCode\":1}")
        .expect(201);
    Api.post("/sessions/" + id + "/status", "{\"status\":\"completed\"}").expect(200);
    return id;
  }

  private static List<JsonObject> all(String path) {
    return Api.get(path + "?limit=1000").expect(200).items().getValuesAs(JsonObject.class);
  }

  private static JsonObject withoutSessionId(JsonObject message) {
    return Json.createObjectBuilder(message).remove("sessionId").build();
  }

  @Test
  void theCanonicalDocumentHoldsTheSessionAsTheApiShowsIt() {
    String id = richSession();
    Reply reply = Api.get("/sessions/" + id + "/export").expect(200);
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.toString());
    assertEquals(
        "attachment; filename=\"session-" + id + ".json\"", reply.header("Content-Disposition"));
    JsonObject document = reply.json();
    assertEquals(4, document.getInt("schemaVersion"));
    assertEquals(Api.get("/sessions/" + id).expect(200).json(), document.getJsonObject("session"));
    assertEquals(
        all("/sessions/" + id + "/messages").stream().map(ExportIT::withoutSessionId).toList(),
        document.getJsonArray("messages").getValuesAs(JsonObject.class));
    assertEquals(
        Api.get("/sessions/" + id + "/todos").expect(200).json().getJsonArray("items"),
        document.getJsonArray("todos"));
    assertEquals(
        all("/sessions/" + id + "/interactions"),
        document.getJsonArray("interactions").getValuesAs(JsonObject.class));
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, document.getJsonObject("redactions"));
  }

  @Test
  void jsonLinesHaveAHeaderOneRecordPerPartAndAnEnd() {
    String id = richSession();
    Reply reply = Api.get("/sessions/" + id + "/export?format=jsonl").expect(200);
    assertTrue(reply.header("Content-Type").startsWith("application/x-ndjson"), reply.toString());
    List<JsonObject> lines =
        reply
            .body()
            .lines()
            .map(line -> Json.createReader(new StringReader(line)).readObject())
            .toList();
    assertEquals(
        List.of("session", "message", "message", "message", "todo", "todo", "interaction", "end"),
        lines.stream().map(line -> line.getString("type")).toList());
    assertEquals(4, lines.get(0).getInt("schemaVersion"));
    assertEquals(id, lines.get(0).getJsonObject("session").getString("id"));
    assertEquals(3, lines.get(7).getInt("messages"));
    assertEquals(2, lines.get(7).getInt("todos"));
    assertEquals(1, lines.get(7).getInt("interactions"));
    JsonObject first = all("/sessions/" + id + "/messages").get(0);
    JsonObject line = Json.createObjectBuilder(lines.get(1)).remove("type").build();
    assertEquals(withoutSessionId(first), line);
  }

  @Test
  void markdownIsATranscriptWithFencesIntactAndNoLiveHtml() {
    String id = richSession();
    Reply reply = Api.get("/sessions/" + id + "/export?format=markdown").expect(200);
    assertTrue(reply.header("Content-Type").startsWith("text/markdown"), reply.toString());
    String markdown = reply.body();
    assertTrue(markdown.startsWith("# Fix the login &lt;b>bug&lt;/b>\n"), markdown);
    assertTrue(markdown.contains("| Agent | claude_code |"), markdown);
    assertTrue(markdown.contains("| Status | completed |"), markdown);
    assertTrue(markdown.contains("\n### 1 · User · "), markdown);
    assertTrue(markdown.contains("\n### 2 · Assistant · claude-sonnet-4 · "), markdown);
    assertTrue(markdown.contains("\n" + CODE + "\n"), "the code fence is kept: " + markdown);
    assertFalse(markdown.contains("<script"), "no live script: " + markdown);
    assertTrue(markdown.contains("&lt;script>alert('x')&lt;/script>"), markdown);
    assertTrue(markdown.contains("<summary>Tool call: Bash (toolu_1)</summary>"), markdown);
    assertTrue(markdown.contains("<summary>Thinking</summary>"), markdown);
    // the tool output holds a triple backtick: its fence must be longer so it cannot close early
    assertTrue(markdown.contains("````\ntotal 0\n```not a fence end\n````"), markdown);
    assertTrue(markdown.contains("- [x] Write the test\n"), markdown);
    assertTrue(markdown.contains("- [ ] Fix &lt;b>it&lt;/b> *(in progress)*\n"), markdown);
    assertTrue(markdown.contains("<summary>$ npm test → exit 1</summary>"), markdown);
    assertTrue(markdown.contains("No secrets were found."), markdown);
    assertEquals(3, count(markdown, "\n### "), "one section per message, and nothing else");
  }

  @Test
  void htmlIsOneSelfContainedPageWithEverythingEscaped() {
    String id = richSession();
    Reply reply = Api.get("/sessions/" + id + "/export?format=html").expect(200);
    assertTrue(reply.header("Content-Type").startsWith("text/html"), reply.toString());
    String html = reply.body();
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.strip().endsWith("</html>"), html);
    assertTrue(html.contains("<title>Fix the login &lt;b&gt;bug&lt;/b&gt;</title>"), html);
    assertFalse(html.toLowerCase().contains("<script"), "no script at all: " + html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    assertFalse(
        Pattern.compile("(src|href)=\"?(https?:)?//").matcher(html).find(), "no external asset");
    assertFalse(html.contains("<link"), html);
    assertTrue(
        html.contains("<pre><code>class A { int x = 1 &lt; 2 ? 3 : 4; }</code></pre>"), html);
    assertEquals(3, count(html, "<article "), "one article per message");
    assertTrue(html.contains("<li>☑ Write the test</li>"), html);
    assertTrue(html.contains("$ npm test → exit 1"), html);
    assertEquals(count(html, "<details>"), count(html, "</details>"), "balanced");
    assertEquals(count(html, "<section>"), count(html, "</section>"), "balanced");
  }

  @Test
  void aLongConversationStreamsInOrder() {
    String id = createSession().getString("id");
    for (int batch = 0; batch < 3; batch++) {
      var messages = Json.createArrayBuilder();
      for (int i = 0; i < 1000; i++) {
        messages.add(
            Json.createObjectBuilder()
                .add("role", "user")
                .add("content", "line " + (batch * 1000 + i)));
      }
      Api.post("/sessions/" + id + "/messages", messages.build().toString()).expect(201);
    }
    JsonArray exported =
        Api.get("/sessions/" + id + "/export").expect(200).json().getJsonArray("messages");
    assertEquals(3000, exported.size());
    for (int i = 0; i < exported.size(); i++) {
      assertEquals(i + 1, exported.getJsonObject(i).getInt("seq"));
      assertEquals("line " + i, exported.getJsonObject(i).getString("content"));
    }
  }

  @Test
  void badFormatsAndUnknownSessionsAreRefusedBeforeAnythingIsStreamed() {
    String id = createSession().getString("id");
    JsonObject problem = Api.get("/sessions/" + id + "/export?format=pdf").problem(400);
    assertTrue(problem.toString().contains("json, jsonl, markdown, html"), problem.toString());
    Api.get("/sessions/" + UUID.randomUUID() + "/export").problem(404);
    Api.get("/sessions/not-an-id/export").problem(404);
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "export viewer", "viewer");
    Api.get("/sessions/" + id + "/export?format=html", "Authorization", Credentials.bearer(viewer))
        .expect(200);
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
