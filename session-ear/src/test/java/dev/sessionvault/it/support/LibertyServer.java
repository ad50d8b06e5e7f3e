package dev.sessionvault.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The integration-test Liberty server driven the way an operator drives it: {@code bin/server
 * start|stop}, and {@code kill -9} of its JVM. Used where Arquillian's container lifecycle cannot
 * go (it cannot survive its server being killed).
 */
public final class LibertyServer {
  private static final Path WLP = Path.of(System.getProperty("wlp.home"));
  private static final String NAME = System.getProperty("it.server");
  private static final Path DIR = WLP.resolve("usr/servers").resolve(NAME);
  private static final HttpClient PROBE =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private LibertyServer() {}

  /** The server's log folder: messages.log, console.log, and trace.log when tracing is on. */
  public static Path logsDir() {
    return DIR.resolve("logs");
  }

  /** The server's data folder: the H2 database and the search index. */
  public static Path dataDir() {
    return DIR.resolve("data");
  }

  /** Puts the built EAR in the server's dropins folder, as an operator would deploy it. */
  public static void deploy() throws IOException {
    Files.createDirectories(DIR.resolve("dropins"));
    Files.copy(
        Path.of(System.getProperty("ear.file")),
        DIR.resolve("dropins/session-vault.ear"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  public static void undeploy() throws IOException {
    Files.deleteIfExists(DIR.resolve("dropins/session-vault.ear"));
  }

  /** Starts the server and waits until the application answers its readiness check. */
  public static void start() throws Exception {
    start(Map.of());
  }

  /** Starts the server with these environment variables set (its configuration, as deployed). */
  public static void start(Map<String, String> environment) throws Exception {
    assertEquals(0, run("start", environment), "server start");
    awaitReady(Duration.ofMinutes(3));
  }

  public static void stop() throws Exception {
    assertEquals(0, run("stop", Map.of()), "server stop");
  }

  /** Kills the server's JVM with SIGKILL: no shutdown hook, no flush, no clean close. */
  public static void kill() throws Exception {
    long pid =
        Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + NAME + ".pid")).strip());
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    process.onExit().get(60, TimeUnit.SECONDS);
  }

  private static int run(String action, Map<String, String> environment) throws Exception {
    Files.createDirectories(DIR.resolve("logs"));
    // The script's output goes to a file: writing to the test JVM's own stdout corrupts failsafe's
    // channel.
    ProcessBuilder builder =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(DIR.resolve("logs/server-script.log").toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " did not finish");
    }
    return process.exitValue();
  }

  private static void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest ready =
        // started, not ready: a server rebuilding its index is not ready, yet serves
        HttpRequest.newBuilder(URI.create(Api.ROOT + "/health/started"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < deadline) {
      try {
        if (PROBE.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the application did not become ready within " + timeout);
  }
}
