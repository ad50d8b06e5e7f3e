package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Fixtures;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches: health for the load balancer and the orchestrator, metrics for the
 * monitoring system, both read as they would read them (no credentials, Prometheus text).
 */
class OperationsIT extends EndToEndTest {

  @Test
  void healthSaysAliveAndReadyWithEachCheck() {
    JsonObject live = health("/health/live", 200);
    assertEquals("UP", checks(live).get("threads"), live.toString());
    JsonObject ready = health("/health/ready", 200);
    assertEquals("UP", checks(ready).get("database"), ready.toString());
    assertEquals("UP", checks(ready).get("search-index"), ready.toString());
    health("/health/started", 200);
  }

  @Test
  void theMetricsFollowWhatRequestsDo() throws InterruptedException {
    String before = metrics();
    assertTrue(before.contains("# TYPE sessionvault_messages_ingested_total counter"), before);

    String session = Fixtures.createSession().getString("id");
    for (int i = 0; i < 3; i++) {
      Fixtures.appendMessage(session, Fixtures.message("user", "metered " + i));
    }
    String after = metrics();
    assertEquals(
        value(before, "sessionvault_messages_ingested_total") + 3,
        value(after, "sessionvault_messages_ingested_total"),
        "the ingest counter counts each stored message");
    assertTrue(
        value(after, "REST_request_seconds_count", "MessageResource")
            > value(before, "REST_request_seconds_count", "MessageResource"),
        "requests per endpoint are timed: " + after);

    Api.get("/search?q=metered").expect(200);
    assertEquals(
        value(after, "sessionvault_search_seconds_count") + 1,
        value(metrics(), "sessionvault_search_seconds_count"));

    Api.get("/sessions", "Authorization", Credentials.bearer("svk_notakeyatall")).expect(401);
    assertEquals(
        value(after, "sessionvault_login_failures_total") + 1,
        value(metrics(), "sessionvault_login_failures_total"));

    // the stored figures are read every 5 s on the test server
    double sessions = value(after, "sessionvault_sessions_stored");
    awaitAbove(() -> value(metrics(), "sessionvault_sessions_stored"), sessions - 1);
    Fixtures.createSession();
    awaitAbove(() -> value(metrics(), "sessionvault_sessions_stored"), sessions);
    assertTrue(
        value(metrics(), "sessionvault_storage_bytes", "account=\"default\"") > 0,
        "storage per account");
    assertTrue(value(metrics(), "sessionvault_index_documents") > 0);
  }

  private static void awaitAbove(DoubleSupplier figure, double floor) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    double seen;
    while ((seen = figure.getAsDouble()) <= floor) {
      assertTrue(System.nanoTime() < deadline, "still " + seen + ", not above " + floor);
      Thread.sleep(200);
    }
  }

  private static JsonObject health(String path, int status) {
    Reply reply = Api.get(Api.ROOT + path, "Authorization", Credentials.NONE);
    assertEquals(status, reply.status(), reply.toString());
    return reply.json();
  }

  private static Map<String, String> checks(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }

  private static String metrics() {
    Reply reply =
        Api.get(Api.ROOT + "/metrics", "Authorization", Credentials.NONE, "Accept", "text/plain");
    assertEquals(200, reply.status(), reply.toString());
    return reply.body();
  }

  /** The sum of the samples of a metric whose labels contain {@code label}. */
  private static double value(String metrics, String name, String label) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static double value(String metrics, String name) {
    return value(metrics, name, "");
  }
}
