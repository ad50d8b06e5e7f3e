package dev.sessionvault.it.fuzz;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state after the storm, read through the API: the server is ready, both audit chains verify,
 * every session's aggregates equal the sums of its messages (gapless from 1), and no refused
 * request left a record of a change.
 */
final class Aftermath {
  private final Targets targets;
  private final List<String> problems = new ArrayList<>();

  Aftermath(Targets targets) {
    this.targets = targets;
  }

  /** Everything found wrong; empty when all is well. */
  List<String> check(List<String> refusedRequestIds) {
    Api.get(Api.ROOT + "/health/ready", "Authorization", Credentials.NONE).expect(200);
    verified(Api.get("/audit/verify", auth()).expect(200).json(), "the fuzz account's audit chain");
    verified(
        Api.get("/audit/verify", "Authorization", Credentials.operator()).expect(200).json(),
        "the deployment's audit chain");
    for (int page = 1; ; page++) {
      JsonObject sessions = Api.get("/sessions?size=200&page=" + page, auth()).expect(200).json();
      sessions.getJsonArray("items").getValuesAs(JsonObject.class).forEach(this::aggregatesAddUp);
      if (page >= sessions.getJsonNumber("totalPages").longValue()) {
        break;
      }
    }
    noChangeRecordedFor(refusedRequestIds);
    return problems;
  }

  private void verified(JsonObject verification, String chain) {
    if (!verification.getBoolean("intact")) {
      problems.add(chain + " is broken: " + verification);
    }
  }

  private void aggregatesAddUp(JsonObject session) {
    String id = session.getString("id");
    long count = 0;
    long input = 0;
    long output = 0;
    BigDecimal cost = BigDecimal.ZERO;
    long after = 0;
    while (true) {
      JsonObject page =
          Api.get("/sessions/" + id + "/messages?limit=1000&afterSeq=" + after, auth())
              .expect(200)
              .json();
      for (JsonObject message : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
        count++;
        if (message.getJsonNumber("seq").longValue() != count) {
          problems.add(
              "session "
                  + id
                  + ": message seq "
                  + message.get("seq")
                  + " where "
                  + count
                  + " was due");
        }
        input += message.getJsonObject("tokens").getJsonNumber("input").longValue();
        output += message.getJsonObject("tokens").getJsonNumber("output").longValue();
        cost =
            message.isNull("costUsd")
                ? cost
                : cost.add(message.getJsonNumber("costUsd").bigDecimalValue());
      }
      if (!page.getBoolean("hasMore")) {
        break;
      }
      after = page.getJsonNumber("nextAfterSeq").longValue();
    }
    if (session.getJsonNumber("messageCount").longValue() != count
        || session.getJsonNumber("inputTokens").longValue() != input
        || session.getJsonNumber("outputTokens").longValue() != output
        || session.getJsonNumber("totalCostUsd").bigDecimalValue().compareTo(cost) != 0) {
      problems.add(
          "session "
              + id
              + " says "
              + session.get("messageCount")
              + " messages, "
              + session.get("inputTokens")
              + "/"
              + session.get("outputTokens")
              + " tokens, "
              + session.get("totalCostUsd")
              + " USD; its messages add up to "
              + count
              + ", "
              + input
              + "/"
              + output
              + ", "
              + cost);
    }
  }

  /** A refused request changes nothing, so no success record carries its request id. */
  private void noChangeRecordedFor(List<String> refusedRequestIds) {
    Set<String> refused = new HashSet<>(refusedRequestIds);
    String export =
        Api.get("/audit/export?format=jsonl&outcome=success", auth()).expect(200).body();
    for (String line : export.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        JsonObject record = reader.readObject();
        if (refused.contains(record.getString("requestId", ""))) {
          problems.add("a refused request left a change: " + record);
        }
      }
    }
  }

  private String[] auth() {
    return new String[] {"Authorization", targets.admin.bearer()};
  }
}
