package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Browser;
import dev.sessionvault.it.support.ConsoleAccount;
import dev.sessionvault.it.support.ConsoleCookies;
import dev.sessionvault.it.support.EndToEndTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser against the deployed EAR: sign-in and sign-out, the sessions table,
 * search, a session's page, what a viewer is offered. Screenshots of each page land in
 * target/screenshots.
 */
class ConsoleIT extends EndToEndTest {
  private ConsoleAccount account;

  @BeforeEach
  void account() {
    account = new ConsoleAccount("console");
  }

  @Test
  void signInSetsAStrictHttpOnlyCookieAndSignOutEndsItOnTheServer() {
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions");
      browser.waitFor(By.id("username"));
      browser.screenshot("sign-in");
      browser.driver().findElement(By.id("username")).sendKeys(account.admin);
      browser.driver().findElement(By.id("password")).sendKeys("wrong password");
      browser.driver().findElement(By.id("sign-in")).click();
      browser.waitFor(By.cssSelector("#sign-in-status .error"));
      assertTrue(
          browser.driver().findElement(By.id("sign-in-status")).getText().contains("not valid"));

      browser.driver().findElement(By.id("username")).clear();
      browser.driver().findElement(By.id("password")).clear();
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      Cookie cookie = browser.driver().manage().getCookieNamed("sessionvault_console");
      assertNotNull(cookie);
      assertTrue(cookie.isHttpOnly());
      assertEquals("Strict", cookie.getSameSite());
      assertEquals(
          null, browser.script("return document.cookie.includes('sessionvault_console') || null"));
      ConsoleCookies.read(cookie.getValue(), "/sessions").expect(200);

      browser.driver().findElement(By.id("user-menu")).click();
      browser.waitFor(By.id("sign-out")).click();
      browser.waitFor(By.id("username"));
      ConsoleCookies.read(cookie.getValue(), "/sessions").problem(401);
    }
  }

  @Test
  void theSessionsTableFiltersSortsAndPagesWithEveryChoiceInTheUrl() throws IOException {
    String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 7; i++) {
      String id =
          account
              .session(
                  "{\"agent\":\"aider\",\"name\":\"table "
                      + i
                      + "\",\"status\":\"active\",\"tags\":[\""
                      + tag
                      + "\"]}")
              .getString("id");
      for (int m = 0; m < i; m++) {
        account.message(id, "user", "message " + m);
      }
      if (i <= 2) {
        Api.post(
                "/sessions/" + id + "/status",
                "{\"status\":\"completed\"}",
                "Authorization",
                account.key)
            .expect(200);
      }
    }
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions?tag=" + tag + "&size=3&sort=name&order=asc");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      browser.settled();
      assertEquals(List.of("table 1", "table 2", "table 3"), names(browser));
      assertEquals("Page 1 of 3 · 7 in all", browser.waitFor(By.id("page-position")).getText());
      browser.screenshot("sessions");

      browser.driver().findElement(By.id("next-page")).click();
      browser.waitForText(By.id("page-position"), "Page 2 of 3");
      assertEquals(List.of("table 4", "table 5", "table 6"), names(browser));
      assertTrue(browser.driver().getCurrentUrl().contains("page=2"));

      browser.driver().findElement(By.cssSelector("button[data-sort='messageCount']")).click();
      browser.waitForText(By.id("page-position"), "Page 1 of 3");
      assertEquals(List.of("table 7", "table 6", "table 5"), names(browser));
      assertTrue(browser.driver().getCurrentUrl().contains("sort=messageCount"));

      browser.script("document.querySelector('.filter-panel').open = true");
      new Select(browser.waitFor(By.id("filter-status"))).selectByValue("completed");
      browser.driver().findElement(By.id("apply-filters")).click();
      browser.waitForText(By.cssSelector(".pager-total"), "2 in all");
      assertEquals(List.of("table 2", "table 1"), names(browser));
      String url = browser.driver().getCurrentUrl();
      assertTrue(url.contains("status=completed") && url.contains("tag=" + tag), url);

      // with the selected sessions: a tag for both, and a backup of both
      browser.all("#sessions-table tbody input[type=checkbox]").forEach(WebElement::click);
      browser.driver().findElement(By.id("bulk-tag")).sendKeys("reviewed");
      browser.driver().findElement(By.id("bulk-tag-apply")).click();
      browser.waitForText(By.id("sessions-table"), "reviewed");
      assertEquals(
          2,
          Api.get("/sessions?tag=reviewed&tag=" + tag, "Authorization", account.key)
              .expect(200)
              .json()
              .getInt("total"));
      browser.all("#sessions-table tbody input[type=checkbox]").forEach(WebElement::click);
      browser.driver().findElement(By.id("export-selected")).click();
      Path backup = browser.downloaded("session-vault-export-");
      try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
        assertEquals(
            2, zip.stream().filter(entry -> entry.getName().startsWith("sessions/")).count());
      }

      // the URL alone brings the same view back, e.g. in another browser
      try (Browser other = Browser.open(1280, 900)) {
        other.driver().get(url);
        other.signIn(account.admin, ConsoleAccount.PASSWORD);
        other.settled();
        assertEquals(List.of("table 2", "table 1"), names(other));
      }
    }
  }

  private static List<String> names(Browser browser) {
    browser.waitFor(By.cssSelector("#sessions-table tbody tr"));
    return browser.all("#sessions-table .session-link").stream().map(WebElement::getText).toList();
  }

  @Test
  void searchMarksTheMatchesAndAFacetNarrowsTheHits() {
    String word = "zebrafish" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "q");
    for (String agent : List.of("aider", "codex", "codex")) {
      String id =
          account
              .session("{\"agent\":\"" + agent + "\",\"name\":\"" + agent + " run\"}")
              .getString("id");
      account.message(id, "user", "the " + word + " test fails on getUserById");
    }
    Api.awaitIndexed();
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/search");
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      WebElement box = browser.waitFor(By.id("search-box"));
      box.sendKeys(word + Keys.ENTER);
      browser.waitForText(By.id("search-total"), "3 hits");
      List<WebElement> marks = browser.all("#hits mark");
      assertFalse(marks.isEmpty());
      assertTrue(marks.stream().allMatch(mark -> mark.getText().equalsIgnoreCase(word)));
      browser.screenshot("search");

      browser
          .driver()
          .findElement(By.cssSelector("[data-facet='agent'] button[data-value='codex']"))
          .click();
      browser.waitForText(By.id("search-total"), "2 hits");
      assertTrue(browser.driver().getCurrentUrl().contains("agent=codex"));
      assertTrue(
          browser.all(".hit-meta").stream().allMatch(meta -> meta.getText().contains("codex")));

      // the keyboard: / to the box, arrow down to the first hit, Enter opens it
      browser.driver().findElement(By.tagName("h1")).click();
      browser.driver().switchTo().activeElement().sendKeys("/");
      assertEquals("search-box", browser.driver().switchTo().activeElement().getAttribute("id"));
      browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
      WebElement first = browser.driver().switchTo().activeElement();
      assertEquals("hit-link", first.getAttribute("class"));
      first.sendKeys(Keys.ENTER);
      browser.waitFor(By.id("session-detail"));
      browser.waitFor(By.cssSelector(".message.target"));
    }
  }

  @Test
  void everyPageMeetsWcag2AaAsAxeChecksIt() {
    String id =
        account
            .session("{\"agent\":\"aider\",\"name\":\"accessible\",\"tags\":[\"a11y\"]}")
            .getString("id");
    account.message(id, "user", "Why does **the build** fail?\n\n```bash\nmvn verify\n```");
    account.message(id, "assistant", "Because of [a link](https://example.com) and `code`.");
    Api.put(
            "/sessions/" + id + "/todos",
            "[{\"content\":\"check\",\"status\":\"pending\"}]",
            "Authorization",
            account.key)
        .expect(200);
    Api.awaitIndexed();
    Map<String, List<String>> violations = new LinkedHashMap<>();
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions");
      browser.waitFor(By.id("username"));
      violations.put("sign-in", browser.accessibilityViolations());
      browser.signIn(account.admin, ConsoleAccount.PASSWORD);
      for (String route :
          List.of(
              "/sessions",
              "/sessions/" + id,
              "/search?q=build",
              "/search?q=build&groupBy=session",
              "/dashboard",
              "/import",
              "/admin/keys",
              "/admin/people",
              "/admin/audit")) {
        browser.visit(route).settled();
        browser.sleep(300);
        violations.put(route, browser.accessibilityViolations());
      }
    }
    violations.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), violations);
  }

  @Test
  void theSignInFormWorksByKeyboardAloneInReadingOrder() {
    try (Browser browser = Browser.open(1280, 900)) {
      browser.visit("/sessions");
      WebElement username = browser.waitFor(By.id("username"));
      username.click();
      List<String> order = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        WebElement focused = browser.driver().switchTo().activeElement();
        order.add(focused.getAttribute("id"));
        focused.sendKeys(Keys.TAB);
      }
      assertEquals(List.of("username", "password", "account", "sign-in"), order);
      browser.driver().findElement(By.id("username")).sendKeys(account.admin);
      browser
          .driver()
          .findElement(By.id("password"))
          .sendKeys(ConsoleAccount.PASSWORD + Keys.ENTER);
      browser.waitFor(By.id("user-menu"));
      browser.settled();
      // the skip link (shown when focused) moves the focus to the content; the view stays
      String url = browser.driver().getCurrentUrl();
      browser.script("document.querySelector('.skip-link').focus()");
      WebElement skip = browser.driver().switchTo().activeElement();
      assertEquals("Skip to content", skip.getText());
      assertTrue(skip.isDisplayed());
      skip.sendKeys(Keys.ENTER);
      assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
      assertEquals(url, browser.driver().getCurrentUrl());
    }
  }
}
