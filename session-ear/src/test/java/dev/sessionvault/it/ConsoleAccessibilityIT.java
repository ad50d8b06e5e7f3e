package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Browser;
import dev.sessionvault.it.support.ConsoleAccount;
import dev.sessionvault.it.support.EndToEndTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the console against WCAG 2 A and AA as Deque's axe checks them (names and labels,
 * contrast, landmarks, lists, focusable controls), and the sign-in form by keyboard alone.
 */
class ConsoleAccessibilityIT extends EndToEndTest {
  @Test
  void everyPageMeetsWcag2AaAsAxeChecksIt() {
    ConsoleAccount account = new ConsoleAccount("console-a11y");
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
    ConsoleAccount account = new ConsoleAccount("console-keys");
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
    }
  }
}
