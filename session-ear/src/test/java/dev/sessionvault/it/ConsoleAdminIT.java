package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Browser;
import dev.sessionvault.it.support.ConsoleAccount;
import dev.sessionvault.it.support.EndToEndTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's import, administration and dashboard pages in a real browser, the phone layout, and
 * the weight of what the first page loads.
 */
class ConsoleAdminIT extends EndToEndTest {
  /** What the issue allows for every script and style sheet together, compressed. */
  private static final long MAX_ASSET_BYTES = 500 * 1024;

  private ConsoleAccount account;

  @BeforeEach
  void account() {
    account = new ConsoleAccount("console-admin");
  }

  @Test
  void droppedFilesImportWithAProgressBarAndAReportThatLinksTheSessions(@TempDir Path folder)
      throws IOException {
    Path small = folder.resolve("small.json");
    Files.writeString(
        small,
        "{\"schemaVersion\":4,\"session\":{\"agent\":\"aider\",\"name\":\"small import\"},"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}");
    // over the test server's 1 MiB threshold: imported as a background job the page follows
    Path large = folder.resolve("large.json");
    Files.writeString(
        large,
        "{\"schemaVersion\":4,\"session\":{\"agent\":\"aider\",\"name\":\"large import\"},"
            + "\"messages\":["
            + ("{\"role\":\"user\",\"content\":\"" + "word ".repeat(90_000) + "\"},").repeat(2)
            + "{\"role\":\"user\",\"content\":\""
            + "word ".repeat(90_000)
            + "\"}]}",
        StandardCharsets.UTF_8);
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/import");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      WebElement input = browser.waitForPresent(By.id("import-files"));
      input.sendKeys(small + "\n" + large);
      browser.waitFor(By.cssSelector("[data-file='large.json'] .import-report"));
      browser.waitFor(By.cssSelector("[data-file='small.json'] .import-report"));
      for (WebElement item : browser.all(".import-item")) {
        assertEquals("100", item.findElement(By.tagName("progress")).getAttribute("value"));
        assertTrue(item.getText().contains("1 imported"), item.getText());
      }
      browser.screenshot("import");
      browser
          .driver()
          .findElement(By.cssSelector("[data-file='small.json'] a.imported-session"))
          .click();
      browser.waitForText(By.id("session-name"), "small import");
    }
  }

  @Test
  void aKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() {
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/admin/keys");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitFor(By.id("key-name")).sendKeys("ci pipeline");
      browser.driver().findElement(By.id("create-key-button")).click();
      String key = browser.waitFor(By.id("new-key")).getAttribute("value");
      assertTrue(key.startsWith("svk_"), key);
      browser.screenshot("api-keys");
      Api.get("/sessions", "Authorization", "Bearer " + key).expect(200);

      WebElement row =
          browser.all("#keys-table tbody tr").stream()
              .filter(tr -> tr.getText().contains("ci pipeline"))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector("button.revoke")).click();
      browser.driver().switchTo().alert().accept();
      browser.waitForText(By.id("keys-table"), "revoked");
      Api.get("/sessions", "Authorization", "Bearer " + key).problem(401);
      // the key is never shown again
      browser.visit("/admin/people").settled();
      browser.visit("/admin/keys").settled();
      assertFalse(browser.driver().getPageSource().contains(key));
    }
  }

  @Test
  void retentionIsPreviewedAppliedAndUndoneFromTheTrash() {
    String old = account.session("{\"agent\":\"aider\",\"name\":\"first of two\"}").getString("id");
    account.session("{\"agent\":\"aider\",\"name\":\"second of two\"}");
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/retention");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitForText(By.id("usage"), "no quota");
      browser.waitFor(By.id("max-sessions")).sendKeys("1");
      browser.driver().findElement(By.id("retention-preview")).click();
      browser.waitForText(By.id("retention-outcome"), "Would delete: 1 sessions");
      assertTrue(
          browser
              .driver()
              .findElement(By.id("retention-outcome"))
              .getText()
              .contains("first of two"));
      Api.get("/sessions/" + old, "Authorization", account.key).expect(200);
      assertEquals(List.of(), browser.accessibilityViolations());
      browser.screenshot("retention");

      browser.driver().findElement(By.id("retention-save")).click();
      browser.waitForText(By.id("retention-result"), "Policy saved");
      browser.driver().findElement(By.id("retention-run")).click();
      browser.driver().switchTo().alert().accept();
      browser.waitForText(By.id("retention-outcome"), "Moved to the trash: 1 sessions");
      Api.get("/sessions/" + old, "Authorization", account.key).problem(404);

      browser.visit("/trash");
      browser.waitForText(By.id("trash-table"), "first of two");
      browser.screenshot("trash");
      browser.driver().findElement(By.cssSelector("#trash-table button.restore")).click();
      browser.waitForText(By.id("trash-status"), "Restored");
      Api.get("/sessions/" + old, "Authorization", account.key).expect(200);

      browser.visit("/operations");
      browser.waitForText(By.id("health-checks"), "search-index");
      assertTrue(
          browser.driver().findElement(By.id("metrics")).getText().contains("Sessions stored"));
      browser.screenshot("operations");
      assertEquals(List.of(), browser.errors());
    }
  }

  @Test
  void theAuditLogSaysPlainlyThatTheChainIsIntact() {
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/admin/audit");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitForText(By.id("audit-table"), "console.sign-in");
      browser.driver().findElement(By.id("verify-chain")).click();
      browser.waitForText(By.id("verification"), "The audit trail is intact");
      browser.screenshot("audit");
      browser.visit("/admin/people").settled();
      browser.waitForText(By.id("people-table"), account.admin);
      browser.screenshot("people");
    }
  }

  @Test
  void theDashboardChartsTheAccountsUsage() {
    String id =
        account
            .session("{\"agent\":\"aider\",\"name\":\"priced\",\"model\":\"gpt-4o\"}")
            .getString("id");
    Api.post(
            "/sessions/" + id + "/messages",
            "{\"role\":\"assistant\",\"content\":\"hi\",\"model\":\"gpt-4o\","
                + "\"tokens\":{\"input\":1000,\"output\":500}}",
            "Authorization",
            account.key)
        .expect(201);
    try (Browser browser = Browser.open(1280, 1000)) {
      browser.visit("/dashboard");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.waitFor(By.id("chart-days"));
      browser.waitForText(By.id("expensive"), "priced");
      String tiles = browser.driver().findElement(By.id("tiles")).getText();
      assertTrue(tiles.contains("1.5K") && tiles.contains("1 sessions"), tiles);
      List<String> errors = browser.errors();
      assertTrue(errors.isEmpty(), errors.toString());
      browser.screenshot("dashboard");
    }
  }

  @Test
  void atPhoneWidthNothingOverflowsThePage() {
    String id =
        account
            .session("{\"agent\":\"aider\",\"name\":\"on the phone\",\"tags\":[\"mobile\"]}")
            .getString("id");
    account.message(
        id,
        "assistant",
        "A long line: "
            + "averyveryverylongidentifierwithoutanybreaks".repeat(6)
            + "\n\n```\n"
            + "x = 1; ".repeat(60)
            + "\n```");
    try (Browser browser = Browser.open(390, 844)) {
      browser.visit("/sessions");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      for (String route :
          List.of("/sessions", "/sessions/" + id, "/search?q=line", "/admin/keys")) {
        browser.visit(route).settled();
        browser.sleep(300);
        long width = (Long) browser.script("return document.documentElement.scrollWidth");
        long viewport = (Long) browser.script("return document.documentElement.clientWidth");
        assertTrue(
            width <= viewport, route + " is " + width + " px wide in a " + viewport + " px window");
      }
      browser.visit("/sessions").settled();
      browser.screenshot("sessions-390");
      browser.visit("/sessions/" + id).settled();
      browser.screenshot("session-390");
    }
  }

  /**
   * A session of 10,000 messages opens with its first page of 100 and loads the rest as the reader
   * scrolls; how long the opening took goes to target/console-timings.txt.
   */
  @Test
  void aSessionOfTenThousandMessagesOpensWithItsFirstPage() throws IOException {
    // one canonical document: imported in one go, far faster than 10 appends of 1,000
    StringBuilder document =
        new StringBuilder(
            "{\"schemaVersion\":4,\"session\":{\"agent\":\"aider\",\"name\":\"ten thousand\"},\"messages\":[");
    for (int i = 1; i <= 10_000; i++) {
      document
          .append(i == 1 ? "" : ",")
          .append("{\"role\":\"")
          .append(i % 2 == 1 ? "user" : "assistant")
          .append("\",\"content\":\"message ")
          .append(i)
          .append(" with `code` and **words**\"}");
    }
    String id =
        Api.post("/imports", document.append("]}").toString(), "Authorization", account.key)
            .expect(201)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("id");
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.settled();
      List<Object> openings = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        browser.visit("/sessions").settled();
        // measured in the page, from the click's route change to 100 messages on screen
        openings.add(
            browser
                .driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "const start = performance.now();"
                        + "const observer = new MutationObserver(() => {"
                        + " const list = document.getElementById('messages');"
                        + " if (list && list.children.length >= 100) {"
                        + "  observer.disconnect(); done(Math.round(performance.now() - start)); } });"
                        + "observer.observe(document.getElementById('main'), {childList: true, subtree: true});"
                        + "location.hash = '#/sessions/' + arguments[0];",
                    id));
      }
      int shown = browser.all("#messages .message").size();
      assertTrue(shown >= 100 && shown < 1000, shown + " messages on the page");
      // scrolling down loads the next pages, one as the end of the last comes near
      for (int i = 0;
          i < 20
              && !browser
                  .driver()
                  .findElement(By.id("messages"))
                  .getText()
                  .contains("message 250 with");
          i++) {
        browser.script("window.scrollTo(0, document.body.scrollHeight)");
        browser.sleep(300);
      }
      browser.waitForText(By.id("messages"), "message 250 with");
      record("a session of 10,000 messages opened (100 messages shown) in " + openings + " ms");
    }
  }

  private static void record(String line) throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "console-timings.txt"),
        line + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Every script and style sheet the sign-in page and then the dashboard load (the heaviest page:
   * it adds the chart library), as the browser received them: compressed, under 500 KB together.
   * How long the first page took is written to target/console-timings.txt, not asserted (timings go
   * to BENCHMARKS.md).
   */
  @Test
  void theScriptsAndStylesWeighUnder500KbCompressed() throws IOException {
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions");
      browser.waitFor(By.id("username"));
      Object load =
          browser.script(
              "const n = performance.getEntriesByType('navigation')[0];"
                  + " return Math.round(n.loadEventEnd - n.startTime);");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.visit("/dashboard");
      browser.waitFor(By.id("tiles"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> assets =
          (List<Map<String, Object>>)
              browser.script(
                  "return performance.getEntriesByType('resource')"
                      + ".filter(e => /\\.(js|css)$/.test(new URL(e.name).pathname))"
                      + ".map(e => ({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize}));");
      long compressed =
          assets.stream().mapToLong(a -> ((Number) a.get("encoded")).longValue()).sum();
      long plain = assets.stream().mapToLong(a -> ((Number) a.get("decoded")).longValue()).sum();
      assertTrue(assets.size() >= 10, assets.toString());
      assertTrue(compressed < plain / 2, "served compressed: " + compressed + " of " + plain);
      assertTrue(compressed < MAX_ASSET_BYTES, compressed + " bytes: " + assets);
      Files.createDirectories(Path.of("target"));
      Files.writeString(
          Path.of("target", "console-timings.txt"),
          "first page (sign-in) loaded in "
              + load
              + " ms; scripts and styles: "
              + compressed
              + " bytes compressed, "
              + plain
              + " bytes plain, "
              + assets.size()
              + " files\n");
    }
  }
}
