package dev.sessionvault.bench;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The two application nodes of the scale-out benchmark, each with a key of its own. */
record TwoNodes(ApiClient a, ApiClient b) {

  /** Node A for even numbers, node B for odd ones: how work is spread over both. */
  ApiClient of(int n) {
    return n % 2 == 0 ? a : b;
  }

  /** A search for {@code query}, 20 hits with highlights, as the search benchmark asks it. */
  static ApiClient.Reply search(ApiClient node, String query, int size) {
    return ApiClient.expect(
        node.get(
            "/api/v1/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&size="
                + size),
        200,
        "search for \"" + query + "\" on " + node.base());
  }

  /** How many messages a search finds on {@code node}. */
  static long total(ApiClient node, String query) {
    return search(node, query, 1).json().getJsonNumber("total").longValue();
  }

  JsonObject status(ApiClient node) {
    return ApiClient.expect(
            node.asOperator("GET", "/api/v1/admin/index", null), 200, "GET /admin/index")
        .json();
  }

  JsonObject counts(ApiClient node) {
    return ApiClient.expect(
            node.asOperator("GET", "/api/v1/admin/index?counts=true", null),
            200,
            "GET /admin/index?counts=true")
        .json();
  }

  /** The larger of the two nodes' index lag (they read the same outbox). */
  double lagSeconds() {
    return Math.max(
        status(a).getJsonNumber("lagSeconds").doubleValue(),
        status(b).getJsonNumber("lagSeconds").doubleValue());
  }

  /**
   * Waits until both nodes say every committed change is searchable; returns the largest lag seen
   * meanwhile.
   */
  double awaitCaughtUp() throws InterruptedException {
    double maxLag = 0;
    long deadline = System.nanoTime() + 3_600_000_000_000L;
    for (ApiClient node : new ApiClient[] {a, b}) {
      while (true) {
        JsonObject status = status(node);
        maxLag = Math.max(maxLag, status.getJsonNumber("lagSeconds").doubleValue());
        if (status.getBoolean("caughtUp")) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the index did not catch up within an hour");
        }
        Thread.sleep(100);
      }
    }
    return maxLag;
  }
}
