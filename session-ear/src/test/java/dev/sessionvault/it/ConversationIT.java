package dev.sessionvault.it;

import static dev.sessionvault.it.support.Fixtures.appendMessage;
import static dev.sessionvault.it.support.Fixtures.createSession;
import static dev.sessionvault.it.support.Fixtures.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The conversation of a session: appends, batches, idempotency, order, concurrency. */
class ConversationIT extends EndToEndTest {

  @Test
  void aMessageRoundTripsWithEveryField() {
    String id = createSession().getString("id");
    JsonObject sent =
        Json.createObjectBuilder()
            .add("externalId", "3f2a-uuid-from-transcript")
            .add("parentExternalId", "parent-uuid")
            .add("role", "assistant")
            .add("content", "Running the tests now.")
            .add(
                "blocks",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "thinking")
                            .add("thinking", "Tests first."))
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "text")
                            .add("text", "Running the tests now."))
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "tool_use")
                            .add("id", "toolu_01")
                            .add("name", "Bash")
                            .add("input", Json.createObjectBuilder().add("command", "npm test"))))
            .add("toolName", "Bash")
            .add("toolCallId", "toolu_01")
            .add("model", "claude-opus-4")
            .add(
                "tokens",
                Json.createObjectBuilder()
                    .add("input", 3)
                    .add("output", 7)
                    .add("cacheRead", 11)
                    .add("cacheWrite", 13))
            .add("costUsd", new BigDecimal("0.00012345"))
            .add("timestamp", "2026-11-20T23:59:59.123456Z")
            .build();
    Reply created = Api.post("/sessions/" + id + "/messages", sent.toString()).expect(201);
    JsonObject message = created.json();
    assertEquals(Api.BASE + "/sessions/" + id + "/messages/1", created.header("Location"));
    JsonObject read = Api.get(created.header("Location")).expect(200).json();
    assertEquals(message, read);
    for (String field :
        List.of(
            "externalId",
            "parentExternalId",
            "role",
            "content",
            "toolName",
            "toolCallId",
            "model",
            "tokens",
            "timestamp")) {
      assertEquals(sent.get(field), read.get(field), field);
    }
    assertEquals(sent.getJsonArray("blocks").size(), read.getJsonArray("blocks").size());
    assertEquals(
        sent.getJsonArray("blocks").getJsonObject(2).getJsonObject("input"),
        read.getJsonArray("blocks").getJsonObject(2).getJsonObject("input"));
    assertEquals(new BigDecimal("0.00012345"), read.getJsonNumber("costUsd").bigDecimalValue());
    assertEquals(1, read.getInt("seq"));
    assertEquals(id, read.getString("sessionId"));
    assertTrue(
        Instant.parse(read.getString("createdAt"))
            .isAfter(Instant.parse(read.getString("timestamp"))));
  }

  @Test
  void contentIsDerivedFromBlocksWhenOnlyBlocksAreSent() {
    String id = createSession().getString("id");
    JsonObject message =
        appendMessage(
            id,
            Json.createObjectBuilder()
                .add("role", "tool")
                .add(
                    "blocks",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "tool_result")
                                .add("tool_use_id", "toolu_01")
                                .add("content", "3 tests failed")
                                .add("is_error", true)))
                .build());
    assertEquals("3 tests failed", message.getString("content"));
  }

  @Test
  void reSendingAnExternalIdReturnsTheStoredMessageAndChangesNothing() {
    String id = createSession().getString("id");
    JsonObject first =
        Json.createObjectBuilder()
            .add("externalId", "ext-1")
            .add("role", "user")
            .add("content", "original")
            .build();
    JsonObject stored = appendMessage(id, first);
    String etag = Api.get("/sessions/" + id).header("ETag");

    JsonObject resent =
        Json.createObjectBuilder()
            .add("externalId", "ext-1")
            .add("role", "user")
            .add("content", "changed")
            .build();
    JsonObject again =
        Api.post("/sessions/" + id + "/messages", resent.toString()).expect(200).json();
    assertEquals(stored, again);
    JsonObject session = Api.get("/sessions/" + id).json();
    assertEquals(1, session.getInt("messageCount"));
    assertEquals(etag, Api.get("/sessions/" + id).header("ETag"), "nothing changed");

    // In a batch: known ids come back as stored, new ones are appended after them, in order.
    JsonObject batch =
        Api.post(
                "/sessions/" + id + "/messages",
                Json.createArrayBuilder()
                    .add(resent)
                    .add(
                        Json.createObjectBuilder()
                            .add("externalId", "ext-2")
                            .add("role", "assistant")
                            .add("content", "two"))
                    .add(
                        Json.createObjectBuilder()
                            .add("externalId", "ext-2")
                            .add("role", "assistant")
                            .add("content", "dup in batch"))
                    .build()
                    .toString())
            .expect(201)
            .json();
    assertEquals(1, batch.getInt("created"));
    assertEquals(2, batch.getInt("existing"));
    JsonArray items = batch.getJsonArray("items");
    assertEquals(
        List.of(1, 2, 2), items.stream().map(m -> m.asJsonObject().getInt("seq")).toList());
    assertEquals("two", items.getJsonObject(2).getString("content"));
    assertEquals(2, Api.get("/sessions/" + id).json().getInt("messageCount"));

    // A batch of only known ids creates nothing: 200.
    Api.post("/sessions/" + id + "/messages", "[" + resent + "]").expect(200);
  }

  @Test
  void aBatchOfAThousandIsAppendedInOneTransactionInOrder() {
    String id = createSession().getString("id");
    JsonArrayBuilder batch = Json.createArrayBuilder();
    BigDecimal cost = BigDecimal.ZERO;
    for (int i = 1; i <= 1000; i++) {
      BigDecimal each = new BigDecimal("0.0001").multiply(BigDecimal.valueOf(i % 7));
      cost = cost.add(each);
      batch.add(
          Json.createObjectBuilder()
              .add("role", i % 2 == 0 ? "assistant" : "user")
              .add("content", "message " + i)
              .add("tokens", Json.createObjectBuilder().add("input", i).add("output", 2 * i))
              .add("costUsd", each));
    }
    JsonObject result =
        Api.post("/sessions/" + id + "/messages", batch.build().toString()).expect(201).json();
    assertEquals(1000, result.getInt("created"));

    JsonObject session = Api.get("/sessions/" + id).json();
    assertEquals(1000, session.getInt("messageCount"));
    assertEquals(500, session.getInt("turnCount"));
    assertEquals(500_500, session.getJsonNumber("inputTokens").longValue());
    assertEquals(1_001_000, session.getJsonNumber("outputTokens").longValue());
    assertEquals(0, cost.compareTo(session.getJsonNumber("totalCostUsd").bigDecimalValue()));

    // Paging the conversation in order, with afterSeq/limit.
    List<Integer> seqs = new ArrayList<>();
    long after = 0;
    boolean more = true;
    while (more) {
      JsonObject page =
          Api.get("/sessions/" + id + "/messages?afterSeq=" + after + "&limit=300")
              .expect(200)
              .json();
      page.getJsonArray("items").forEach(m -> seqs.add(m.asJsonObject().getInt("seq")));
      more = page.getBoolean("hasMore");
      after = page.getJsonNumber("nextAfterSeq").longValue();
    }
    assertEquals(1000, seqs.size());
    for (int i = 0; i < seqs.size(); i++) {
      assertEquals(i + 1, seqs.get(i));
    }
    assertEquals(
        "message 1000", Api.get("/sessions/" + id + "/messages/1000").json().getString("content"));
    Api.get("/sessions/" + id + "/messages/1001").problem(404);
  }

  @Test
  void aBatchWithOneInvalidMessageAppendsNothing() {
    String id = createSession().getString("id");
    appendMessage(id, message("user", "before"));
    String etag = Api.get("/sessions/" + id).header("ETag");
    JsonObject problem =
        Api.post(
                "/sessions/" + id + "/messages",
                "[{\"role\":\"user\",\"content\":\"fine\"},"
                    + "{\"role\":\"assistant\",\"blocks\":[{\"type\":\"tool_use\",\"name\":\"Bash\"}]},"
                    + "{\"role\":\"user\"}]")
            .problem(400);
    Set<String> fields = new HashSet<>();
    problem.getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
    assertEquals(Set.of("[1].blocks[0].id", "[1].blocks[0].input", "[2].content"), fields);
    assertEquals(1, Api.get("/sessions/" + id).json().getInt("messageCount"));
    assertEquals(etag, Api.get("/sessions/" + id).header("ETag"));

    Api.post("/sessions/" + id + "/messages", "[]").problem(400);
    StringBuilder tooMany = new StringBuilder("[");
    for (int i = 0; i < 1001; i++) {
      tooMany.append(i > 0 ? "," : "").append(message("user", "m"));
    }
    Api.post("/sessions/" + id + "/messages", tooMany.append("]").toString()).problem(400);
    assertEquals(1, Api.get("/sessions/" + id).json().getInt("messageCount"));
  }

  @Test
  void concurrentAppendersGetGaplessSequenceNumbers() throws Exception {
    String id = createSession().getString("id");
    int appenders = 24;
    int each = 10;
    ExecutorService pool = Executors.newFixedThreadPool(appenders);
    try {
      List<Callable<List<Integer>>> tasks = new ArrayList<>();
      for (int a = 0; a < appenders; a++) {
        int appender = a;
        tasks.add(
            () -> {
              List<Integer> seqs = new ArrayList<>();
              for (int i = 0; i < each; i++) {
                JsonObject message =
                    Json.createObjectBuilder()
                        .add("role", "assistant")
                        .add("externalId", "a" + appender + "-" + i)
                        .add("content", "appender " + appender + " message " + i)
                        .add("tokens", Json.createObjectBuilder().add("output", 1))
                        .build();
                seqs.add(appendMessage(id, message).getInt("seq"));
              }
              return seqs;
            });
      }
      Set<Integer> acknowledged = new HashSet<>();
      for (Future<List<Integer>> result : pool.invokeAll(tasks)) {
        acknowledged.addAll(result.get());
      }
      int total = appenders * each;
      assertEquals(total, acknowledged.size(), "every append got its own seq");
      for (int seq = 1; seq <= total; seq++) {
        assertTrue(acknowledged.contains(seq), "gap at " + seq);
      }
      JsonObject session = Api.get("/sessions/" + id).json();
      assertEquals(total, session.getInt("messageCount"));
      assertEquals(total, session.getInt("turnCount"));
      assertEquals(total, session.getInt("outputTokens"));
      JsonArray stored = Api.get("/sessions/" + id + "/messages?limit=1000").items();
      assertEquals(total, stored.size());
      assertFalse(
          Api.get("/sessions/" + id + "/messages?afterSeq=" + total).json().getBoolean("hasMore"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void interactionsArePagedInOrder() {
    String id = createSession().getString("id");
    for (int i = 1; i <= 5; i++) {
      Api.post("/sessions/" + id + "/interactions", "{\"command\":\"step " + i + "\"}").expect(201);
    }
    JsonObject first = Api.get("/sessions/" + id + "/interactions?limit=2").expect(200).json();
    assertEquals(List.of("step 1", "step 2"), commands(first));
    assertTrue(first.getBoolean("hasMore"));
    JsonObject rest =
        Api.get(
                "/sessions/"
                    + id
                    + "/interactions?afterSeq="
                    + first.getInt("nextAfterSeq")
                    + "&limit=10")
            .json();
    assertEquals(List.of("step 3", "step 4", "step 5"), commands(rest));
    assertFalse(rest.getBoolean("hasMore"));

    Api.post(
            "/sessions/" + id + "/interactions",
            "{\"command\":\"x\",\"startedAt\":\"2026-11-21T10:00:01Z\",\"finishedAt\":\"2026-11-21T10:00:00Z\"}")
        .problem(400);
    assertEquals(5, Api.get("/sessions/" + id).json().getInt("interactionCount"));
  }

  private static List<String> commands(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("command"))
        .toList();
  }
}
