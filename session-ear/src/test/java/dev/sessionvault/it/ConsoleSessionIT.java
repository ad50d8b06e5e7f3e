package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Browser;
import dev.sessionvault.it.support.ConsoleAccount;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.ImportJobs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A session's page in a real browser: a real Claude Code transcript with its tool calls, todos and
 * code; session content that tries to run script; and what a viewer is offered (and refused).
 */
class ConsoleSessionIT extends EndToEndTest {
  /** A Claude Code transcript as the tool writes it: tool calls, a todo list, a compaction. */
  private static final Path TRANSCRIPT =
      Path.of("../session-web/src/test/resources/transcripts/claude-code/session.jsonl");

  /** One more assistant line of the same session, answering with a code block. */
  private static final String CODE_LINE =
      "{\"isSidechain\":false,\"type\":\"assistant\",\"uuid\":\"z1\",\"parentUuid\":\"m1\","
          + "\"sessionId\":\"5f0c1a9e-3b7d-4c2e-9a41-7d2b8e6f1c30\",\"timestamp\":\"2026-11-30T09:00:20.000Z\","
          + "\"requestId\":\"req_Z\",\"message\":{\"id\":\"msg_Z\",\"type\":\"message\",\"role\":\"assistant\","
          + "\"model\":\"claude-sonnet-4-5-20250929\",\"content\":[{\"type\":\"text\",\"text\":\"The fix:\\n\\n"
          + "```java\\nclock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);\\nassertEquals(0, service.age(user));\\n```\"}],"
          + "\"usage\":{\"input_tokens\":10,\"output_tokens\":20}}}\n";

  private ConsoleAccount account;

  @BeforeEach
  void account() {
    account = new ConsoleAccount("console-session");
  }

  private static byte[] transcriptBytes() throws IOException {
    return (Files.readString(TRANSCRIPT, StandardCharsets.UTF_8) + CODE_LINE)
        .getBytes(StandardCharsets.UTF_8);
  }

  private String importTranscript() throws IOException {
    var answer =
        Api.bytes(
            "POST", "/imports?onConflict=newIds", transcriptBytes(), "Authorization", account.key);
    var report = ImportJobs.report(answer);
    return report.getJsonArray("sessions").getJsonObject(0).getString("id");
  }

  @Test
  void aRealTranscriptReadsWithItsToolCallsTodosAndHighlightedCode() throws IOException {
    String id = importTranscript();
    try (Browser browser = Browser.open(1280, 1000)) {
      browser.visit("/sessions/" + id);
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitFor(By.cssSelector("#messages .message"));
      assertEquals(
          "claude_code", browser.driver().findElement(By.cssSelector(".facts dd")).getText());
      assertFalse(browser.all("#todos .checklist li").isEmpty(), "the todo list is a checklist");
      WebElement toolCall = browser.waitForPresent(By.cssSelector("details.tool-call"));
      assertTrue(toolCall.getText().startsWith("Tool call: "), toolCall.getText());
      browser.script("arguments[0].scrollIntoView({block: 'center'})", toolCall);
      toolCall.findElement(By.tagName("summary")).click();
      assertTrue(toolCall.findElement(By.cssSelector("pre code.hljs")).isDisplayed());
      WebElement code = browser.waitForPresent(By.cssSelector(".markdown pre code.hljs"));
      assertTrue(code.getText().contains("Clock.fixed"), code.getText());
      assertFalse(code.findElements(By.cssSelector("span[class^='hljs-']")).isEmpty(), "coloured");
      browser.script("window.scrollTo(0, 0)");
      browser.screenshot("session-detail");

      // the file the session was read from comes back byte for byte
      browser.driver().findElement(By.id("download-transcript")).click();
      assertArrayEquals(transcriptBytes(), Files.readAllBytes(browser.downloaded(id + ".jsonl")));

      // a fork at message 3 opens the new session, linked to this one
      WebElement third = browser.waitFor(By.cssSelector("#message-3 button.fork"));
      browser.script("arguments[0].scrollIntoView({block: 'center'})", third);
      third.click();
      browser.driver().switchTo().alert().accept();
      browser.waitFor(By.id("parent-link"));
      assertTrue(
          browser
              .driver()
              .findElement(By.id("session-detail"))
              .getText()
              .contains("forked at message 3"));
      assertEquals(3, browser.all("#messages .message").size());
    }
  }

  @Test
  void sessionContentCannotRunScriptInTheConsole() {
    String id =
        account
            .session("{\"agent\":\"aider\",\"name\":\"<img src=x onerror=window.svPwned=4>\"}")
            .getString("id");
    account.message(id, "user", "<script>window.svPwned = 1</script> plain words");
    account.message(id, "assistant", "<img src=x onerror=\"window.svPwned = 2\"> and an image");
    account.message(id, "assistant", "[click me](javascript:window.svPwned=3) and a link");
    account.message(
        id,
        "user",
        "<a href=\"javascript:window.svPwned=5\">raw link</a><iframe src=\"javascript:1\"></iframe>");
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions/" + id);
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitForText(By.id("messages"), "raw link");
      for (WebElement link : browser.all("#messages a")) {
        String href = link.getAttribute("href");
        assertTrue(href == null || !href.startsWith("javascript:"), href);
        if (link.getText().contains("click me") || link.getText().contains("raw link")) {
          link.click();
        }
      }
      browser.sleep(500);
      assertEquals(
          null, browser.script("return window.svPwned === undefined ? null : window.svPwned"));
      assertTrue(browser.all(".markdown script, .markdown iframe, [onerror]").isEmpty());
      assertTrue(
          browser.driver().findElement(By.id("session-name")).getText().contains("<img"),
          "the name shows as text");
      assertTrue(
          browser.errors().stream().noneMatch(e -> e.contains("svPwned")),
          browser.errors().toString());
    }
  }

  @Test
  void aViewerIsOfferedNoChangeAndTheApiRefusesAForgedOne() {
    String id =
        account
            .session("{\"agent\":\"aider\",\"name\":\"read only\",\"status\":\"active\"}")
            .getString("id");
    account.message(id, "user", "hello");
    String viewer = account.person("viewer");
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions/" + id);
      browser.signIn(viewer, ConsoleAccount.PASSWORD);
      browser.waitFor(By.cssSelector("#messages .message"));
      String nav = browser.driver().findElement(By.id("nav")).getText();
      assertTrue(nav.contains("Sessions") && nav.contains("Search"), nav);
      assertFalse(nav.contains("Import") || nav.contains("API keys") || nav.contains("Audit"), nav);
      assertTrue(browser.all("#edit-session, button.fork, button[data-status]").isEmpty());
      browser.screenshot("session-viewer");

      // a forged button: the page's own cookie and CSRF token, a change the role does not allow
      Object status =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch('/api/v1/console/session').then(r => r.json()).then(s =>"
                      + " fetch('/api/v1/sessions/"
                      + id
                      + "/status', {method: 'POST',"
                      + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken},"
                      + " body: JSON.stringify({status: 'completed'})})).then(r => done(r.status))");
      assertEquals(403L, status);
      assertEquals(
          "active",
          Api.get("/sessions/" + id, "Authorization", account.key)
              .expect(200)
              .json()
              .getString("status"));
      browser.visit("/import");
      browser.waitForText(By.id("main"), "Not allowed");
    }
  }
}
