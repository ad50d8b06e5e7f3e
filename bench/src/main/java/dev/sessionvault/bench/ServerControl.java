package dev.sessionvault.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the benchmark's Liberty server and kills it with SIGKILL, as {@code bench/run.sh} laid it
 * out: the crash benchmark needs both in the middle of a run.
 */
final class ServerControl {
  private final Path wlp;
  private final String server;
  private final ApiClient api;

  ServerControl(Path wlp, String server, ApiClient api) {
    this.wlp = wlp;
    this.server = server;
    this.api = api;
  }

  long pid() throws IOException {
    return Long.parseLong(
        Files.readString(wlp.resolve("usr/servers/.pid/" + server + ".pid")).trim());
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws Exception {
    long pid = pid();
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      Thread.sleep(20);
    }
  }

  /** Starts the server; returns when {@code /health/ready} answers 200. */
  void start() throws Exception {
    Process start =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (start.waitFor() != 0) {
      throw new IllegalStateException("server start " + server + " failed");
    }
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        if (api.send("GET", "/health/ready", null, "").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the port is not open yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(server + " is not ready 300 s after its start");
  }
}
