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
 * An integration-test Liberty server driven the way an operator drives it: {@code bin/server
 * start|stop}, and {@code kill -9} of its JVM: the suite's test server ({@link TestServer}), the
 * restart tests, and the nodes of a cluster.
 */
public final class LibertyServer {
  private static final Path WLP = Path.of(System.getProperty("wlp.home"));
  private static final HttpClient PROBE =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** The suite's test server (failsafe names it), whose API {@link Api} talks to. */
  public static final LibertyServer TEST =
      new LibertyServer(System.getProperty("it.server"), Api.ROOT);

  private final String name;
  private final Path dir;
  private final String root;

  /** The server of that name, answering at that root URL (http://localhost:port). */
  public LibertyServer(String name, String root) {
    this.name = name;
    this.dir = WLP.resolve("usr/servers").resolve(name);
    this.root = root;
  }

  /** Where its API answers: http://localhost:port. */
  public String root() {
    return root;
  }

  /** The server's log folder: messages.log, console.log, and trace.log when tracing is on. */
  public Path logsDir() {
    return dir.resolve("logs");
  }

  /** The server's data folder: the H2 database and the search index. */
  public Path dataDir() {
    return dir.resolve("data");
  }

  /** Puts the built EAR in the server's dropins folder, as an operator would deploy it. */
  public void deploy() throws IOException {
    Files.createDirectories(dir.resolve("dropins"));
    Files.copy(
        Path.of(System.getProperty("ear.file")),
        dir.resolve("dropins/session-vault.ear"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  public void undeploy() throws IOException {
    Files.deleteIfExists(dir.resolve("dropins/session-vault.ear"));
  }

  /** Starts the server and waits until the application answers its readiness check. */
  public void start() throws Exception {
    start(Map.of());
  }

  /** Starts the server with these environment variables set (its configuration, as deployed). */
  public void start(Map<String, String> environment) throws Exception {
    assertEquals(0, run("start", environment), "server start");
    awaitReady(Duration.ofMinutes(3));
  }

  public void stop() throws Exception {
    assertEquals(0, run("stop", Map.of()), "server stop");
  }

  /** Kills the server's JVM with SIGKILL: no shutdown hook, no flush, no clean close. */
  public void kill() throws Exception {
    long pid =
        Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + name + ".pid")).strip());
    ProcessHandle process =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    process.onExit().get(60, TimeUnit.SECONDS);
  }

  private int run(String action, Map<String, String> environment) throws Exception {
    Files.createDirectories(dir.resolve("logs"));
    // The script's output goes to a file: writing to the test JVM's own stdout corrupts failsafe's
    // channel.
    ProcessBuilder builder =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve("logs/server-script.log").toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " did not finish");
    }
    return process.exitValue();
  }

  /** Whether the application answers its started check now. */
  public boolean answers() {
    try {
      return PROBE
              .send(
                  HttpRequest.newBuilder(URI.create(root + "/health/started"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest ready =
        // started, not ready: a server rebuilding its index is not ready, yet serves
        HttpRequest.newBuilder(URI.create(root + "/health/started"))
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
