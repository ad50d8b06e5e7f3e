package dev.sessionvault.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium, headless, driven by Debian's chromedriver
 * (never a downloaded one: Selenium Manager does not run when both paths are given), with a fresh
 * profile each time. Screenshots land in {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** A browser window of this size (1280 wide for the desktop layout, 390 for a phone). */
  public static Browser open(int width, int height) {
    try {
      Path profile = Files.createTempDirectory("sessionvault-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      Path downloads = Files.createDirectories(profile.resolve("downloads"));
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The file the browser downloaded whose name starts so, once it is complete. */
  public Path downloaded(String namePrefix) {
    Path folder = profile.resolve("downloads");
    return wait.until(
        d -> {
          try (var files = Files.list(folder)) {
            return files
                .filter(file -> file.getFileName().toString().startsWith(namePrefix))
                .filter(file -> !file.toString().endsWith(".crdownload"))
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            return null;
          }
        });
  }

  /** Opens a console route, e.g. {@code /sessions?tag=x}. */
  public Browser visit(String route) {
    driver.get(Api.ROOT + "/#" + route);
    return this;
  }

  public WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement waitForPresent(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  public void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits until the view finished loading (no "Loading…" left in the main area). */
  public Browser settled() {
    wait.until(
        d ->
            d.findElements(By.cssSelector("main [aria-busy='true']")).isEmpty()
                && !d.findElement(By.id("main")).getText().startsWith("Loading"));
    return this;
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Lets the page work for a moment (scroll loading, an event that must not happen). */
  public void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in on the sign-in form with a username and password. */
  public Browser signIn(String username, String password) {
    waitFor(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    waitFor(By.id("user-menu"));
    return this;
  }

  /** Signs in on the sign-in form with an API key. */
  public Browser signInWithKey(String key) {
    waitFor(By.cssSelector(".sign-in details summary")).click();
    waitFor(By.id("api-key")).sendKeys(key);
    driver.findElement(By.id("sign-in-key")).click();
    waitFor(By.id("user-menu"));
    return this;
  }

  /**
   * What Deque's axe finds against WCAG 2 A and AA on the page as it stands (labels, names,
   * contrast, landmarks, focusable controls), as "rule: first element" lines; empty when none.
   */
  public List<String> accessibilityViolations() {
    // the console changes pages without reloading: axe (460 KB) is loaded once per page load
    if (script("return typeof axe === 'undefined'") == Boolean.TRUE) {
      script(axeSource());
    }
    Object found =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '"
                + " + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) found;
    return violations;
  }

  private static String axeSource() {
    ClassLoader loader = Browser.class.getClassLoader();
    try (var pom =
        loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      properties.load(pom);
      String path =
          "META-INF/resources/webjars/axe-core/"
              + properties.getProperty("version")
              + "/axe.min.js";
      try (var axe = loader.getResourceAsStream(path)) {
        return new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves what the window shows as target/screenshots/{name}.png. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the page logged as errors since the last call (failed requests, script errors, policy
   * violations), except the 401 with which the console learns that nobody has signed in yet.
   */
  public List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("/api/v1/console/session - Failed to load resource"))
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
