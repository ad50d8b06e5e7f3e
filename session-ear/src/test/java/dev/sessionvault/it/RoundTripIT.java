package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.ImportJobs;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.Test;

/**
 * Generated sessions (unicode, empty and huge contents, every block kind, todos, interactions, any
 * end status) go out and come back in identical, through the canonical JSON document, JSON lines
 * and the backup ZIP. Seeded (jqwik's source of randomness, as FuzzIT), so a failure repeats.
 */
class RoundTripIT extends EndToEndTest {
  private static final int SESSIONS = Integer.getInteger("roundtrip.sessions", 8);

  /** Text from several scripts and emoji, never NUL and never the syntax of a secret. */
  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\t,;!?()[]{}<>\"'`#*&%$")
            .ofMinLength(min)
            .ofMaxLength(max),
        Arbitraries.strings()
            .withCharRange('α', 'ω')
            .withCharRange('一', '龥')
            .withCharRange('А', 'я')
            .withChars(' ', '\n')
            .ofMinLength(min)
            .ofMaxLength(max),
        Arbitraries.of("😅🚀 naïve café", "```java\nint x = 1 < 2;\n```", "", "<script>x</script>")
            .map(s -> s.length() >= min ? s : s + "x".repeat(min)));
  }

  private static Arbitrary<JsonObject> block() {
    return Arbitraries.oneOf(
        text(0, 300)
            .map(t -> Json.createObjectBuilder().add("type", "text").add("text", t).build()),
        Combinators.combine(text(0, 300), Arbitraries.strings().alpha().ofLength(12))
            .as(
                (t, sig) ->
                    Json.createObjectBuilder()
                        .add("type", "thinking")
                        .add("thinking", t)
                        .add("signature", sig)
                        .build()),
        Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                text(0, 80),
                Arbitraries.integers().between(-5, 5000),
                Arbitraries.of(true, false))
            .as(
                (name, value, number, flag) ->
                    Json.createObjectBuilder()
                        .add("type", "tool_use")
                        .add("id", "toolu_" + name)
                        .add("name", name)
                        .add(
                            "input",
                            Json.createObjectBuilder()
                                .add("arg", value)
                                .add("n", number)
                                .add("flag", flag)
                                .add(
                                    "nested",
                                    Json.createObjectBuilder()
                                        .add(
                                            "list",
                                            Json.createArrayBuilder().add(1).add("two").addNull())))
                        .build()),
        Combinators.combine(text(0, 300), Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as(
                (t, asBlocks, error) ->
                    Json.createObjectBuilder()
                        .add("type", "tool_result")
                        .add("tool_use_id", "toolu_x")
                        .add(
                            "content",
                            asBlocks
                                ? Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("type", "text")
                                            .add("text", t))
                                    .build()
                                : Json.createValue(t))
                        .add("is_error", error)
                        .build()));
  }

  private static Arbitrary<JsonObject> message() {
    Arbitrary<String> content =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, text(0, 400)),
            net.jqwik.api.Tuple.of(1, text(200_000, 300_000)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    Arbitrary<JsonArray> blocks =
        block().list().ofMinSize(1).ofMaxSize(4).map(list -> Json.createArrayBuilder(list).build());
    return Combinators.combine(
            Arbitraries.of("user", "assistant", "system", "tool"),
            content,
            blocks.injectNull(0.5),
            Arbitraries.longs().between(0, 100_000),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("99"))
                .ofScale(8)
                .injectNull(0.5),
            Arbitraries.longs().between(1_500_000_000_000_000L, 1_800_000_000_000_000L))
        .as(
            (role, text, blockList, tokens, cost, micros) -> {
              JsonObjectBuilder m =
                  Json.createObjectBuilder().add("role", role).add("content", text);
              if (blockList != null) {
                m.add("blocks", blockList);
              }
              if (cost != null) {
                m.add("costUsd", cost);
              }
              return m.add(
                      "tokens",
                      Json.createObjectBuilder().add("input", tokens).add("output", tokens / 3))
                  .add("timestamp", Instant.EPOCH.plusNanos(micros * 1000).toString())
                  .build();
            });
  }

  /** A session to create: its fields, messages, todos, interactions and the status it ends in. */
  private record Generated(
      JsonObject fields,
      List<JsonObject> messages,
      JsonArray todos,
      List<JsonObject> interactions,
      String status) {}

  private static Arbitrary<Generated> sessions() {
    Arbitrary<JsonObject> fields =
        Combinators.combine(
                text(0, 120).injectNull(0.3),
                text(0, 500).injectNull(0.5),
                Arbitraries.strings()
                    .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                    .ofMinLength(1)
                    .ofMaxLength(12)
                    .list()
                    .ofMaxSize(3)
                    .uniqueElements(),
                text(0, 60))
            .as(
                (name, summary, tags, value) -> {
                  JsonObjectBuilder f = Json.createObjectBuilder().add("agent", "claude_code");
                  if (name != null) {
                    f.add("name", name);
                  }
                  if (summary != null) {
                    f.add("summary", summary);
                  }
                  return f.add("tags", Json.createArrayBuilder(tags))
                      .add("metadata", Json.createObjectBuilder().add("note", value).add("n", 7))
                      .add("state", Json.createObjectBuilder().add("cursor", value))
                      .add("llmConfig", Json.createObjectBuilder().add("temperature", 1))
                      .build();
                });
    Arbitrary<JsonArray> todos =
        Combinators.combine(
                text(1, 100).filter(t -> !t.isBlank()),
                Arbitraries.of("pending", "in_progress", "completed"))
            .as((t, s) -> Json.createObjectBuilder().add("content", t).add("status", s).build())
            .list()
            .ofMaxSize(5)
            .map(list -> Json.createArrayBuilder(list).build());
    Arbitrary<JsonObject> interaction =
        Combinators.combine(
                text(1, 200).filter(t -> !t.isBlank()),
                text(0, 2000),
                Arbitraries.integers().between(0, 255).injectNull(0.3))
            .as(
                (command, result, exit) -> {
                  JsonObjectBuilder i =
                      Json.createObjectBuilder().add("command", command).add("result", result);
                  return exit == null ? i.build() : i.add("exitCode", exit).build();
                });
    return Combinators.combine(
            fields,
            message().list().ofMaxSize(12),
            todos,
            interaction.list().ofMaxSize(3),
            Arbitraries.of("active", "idle", "completed", "failed"))
        .as(Generated::new);
  }

  private static String create(Generated g) {
    String id = Api.post("/sessions", g.fields().toString()).expect(201).json().getString("id");
    for (JsonObject message : g.messages()) {
      Api.post("/sessions/" + id + "/messages", message.toString()).expect(201);
    }
    Api.put("/sessions/" + id + "/todos", g.todos().toString()).expect(200);
    for (JsonObject interaction : g.interactions()) {
      Api.post("/sessions/" + id + "/interactions", interaction.toString()).expect(201);
    }
    if (!g.status().equals("active")) {
      if (g.messages().isEmpty()) {
        Api.post("/sessions/" + id + "/status", "{\"status\":\"active\"}").expect(200);
      }
      Api.post("/sessions/" + id + "/status", "{\"status\":\"" + g.status() + "\"}").expect(200);
    }
    return id;
  }

  private static void restore(String id, String format) {
    byte[] exported;
    String contentType;
    if (format.equals("zip")) {
      HttpResponse<byte[]> backup =
          Api.bytes(
              "POST",
              "/exports",
              ("{\"ids\":[\"" + id + "\"]}").getBytes(StandardCharsets.UTF_8),
              "Content-Type",
              "application/json");
      assertEquals(200, backup.statusCode());
      exported = backup.body();
      contentType = "application/zip";
    } else {
      exported =
          Api.get("/sessions/" + id + "/export?format=" + format)
              .expect(200)
              .body()
              .getBytes(StandardCharsets.UTF_8);
      contentType = "application/json";
    }
    Api.delete("/sessions/" + id).expect(204);
    JsonObject report =
        ImportJobs.report(Api.bytes("POST", "/imports", exported, "Content-Type", contentType));
    assertEquals(
        id, report.getJsonArray("sessions").getJsonObject(0).getString("id"), report.toString());
  }

  @Test
  void generatedSessionsComeBackIdenticalThroughEveryFormat() {
    SourceOfRandomness.create("20261205");
    Iterator<Generated> generated = sessions().sampleStream().iterator();
    for (int n = 0; n < SESSIONS; n++) {
      Generated g = generated.next();
      String id = create(g);
      JsonObject before = ImportIT.snapshot(id);
      for (String format : List.of("json", "jsonl", "zip")) {
        restore(id, format);
        assertEquals(before, ImportIT.snapshot(id), "session " + n + " through " + format);
      }
    }
  }
}
